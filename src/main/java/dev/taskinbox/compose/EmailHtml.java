package dev.taskinbox.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the editor's lines back as the email's HTML: every block whose lines are as they came
 * goes out as its original source; a block the rep changed is written anew from its lines, in
 * its own element (a paragraph stays a {@code <p>}, a Gmail-style line stays a {@code <div>});
 * lines the rep made between blocks become paragraphs. Text is always escaped: what the rep types
 * is text, never markup.
 */
public final class EmailHtml {

    /** A line of the editor with the block it belongs to. */
    public record EditorLine(ParStyle style, Line line) {
    }

    private EmailHtml() {
    }

    public static String write(EmailBlocks original, List<EditorLine> lines) {
        StringBuilder html = new StringBuilder(original.prefix());
        Set<Integer> written = new HashSet<>();
        boolean lastWrittenAnew = false;
        int from = 0;
        while (from < lines.size()) {
            int block = lines.get(from).style().block();
            int to = from;
            List<Line> group = new ArrayList<>();
            while (to < lines.size() && lines.get(to).style().block() == block) {
                group.add(withListOf(lines.get(to)));
                to++;
            }
            boolean known = block >= 0 && block < original.blocks().size();
            if (known && written.add(block) && group.equals(original.blocks().get(block).lines())) {
                html.append(original.blocks().get(block).source());
                lastWrittenAnew = false;
            } else {
                String tag = known ? original.blocks().get(block).tag() : "p";
                String anew = written(tag, group);
                if (!anew.isEmpty()) {
                    appendJoiningLists(html, anew, lastWrittenAnew);
                    lastWrittenAnew = true;
                }
            }
            from = to;
        }
        return html.append(original.suffix()).toString();
    }

    /** Items the rep listed across two blocks make one list, not two (never reaching into an untouched block). */
    private static void appendJoiningLists(StringBuilder html, String anew, boolean afterAnew) {
        for (String list : new String[] {"ul", "ol"}) {
            String close = "</" + list + ">";
            String open = "<" + list + ">";
            if (afterAnew && html.toString().endsWith(close) && anew.startsWith(open)) {
                html.setLength(html.length() - close.length());
                html.append(anew.substring(open.length()));
                return;
            }
        }
        html.append(anew);
    }

    private static Line withListOf(EditorLine line) {
        return new Line(line.style().list(), line.line().spans());
    }

    /** Lines written anew: list items in lists, others as the block's element, blank lines parting paragraphs. */
    static String written(String tag, List<Line> lines) {
        StringBuilder html = new StringBuilder();
        List<Line> paragraph = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.list() != ParStyle.ListKind.NONE) {
                flush(html, tag, paragraph);
                ParStyle.ListKind kind = line.list();
                String list = kind == ParStyle.ListKind.NUMBERED ? "ol" : "ul";
                html.append('<').append(list).append('>');
                while (i < lines.size() && lines.get(i).list() == kind) {
                    html.append("<li>").append(inline(lines.get(i))).append("</li>");
                    i++;
                }
                html.append("</").append(list).append('>');
                continue;
            }
            if (tag.isEmpty()) {
                // Loose markup has no paragraphs to part: every line, blank ones too, ends in a break.
                html.append(i > 0 && lines.get(i - 1).list() == ParStyle.ListKind.NONE ? "<br>" : "").append(inline(line));
            } else if (tag.equals("div")) {
                html.append("<div>").append(line.isEmpty() ? "<br>" : inline(line)).append("</div>");
            } else if (line.isEmpty()) {
                flush(html, tag, paragraph);
            } else {
                paragraph.add(line);
            }
            i++;
        }
        flush(html, tag, paragraph);
        return html.toString();
    }

    private static void flush(StringBuilder html, String tag, List<Line> paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        boolean wrapped = !tag.isEmpty();
        html.append(wrapped ? "<p>" : "");
        for (int i = 0; i < paragraph.size(); i++) {
            html.append(i > 0 ? "<br>" : "").append(inline(paragraph.get(i)));
        }
        html.append(wrapped ? "</p>" : "");
        paragraph.clear();
    }

    static String inline(Line line) {
        StringBuilder html = new StringBuilder();
        for (Line.Span span : line.spans()) {
            TextStyle style = span.style();
            String link = SafeLinks.allowed(style.link());
            if (link != null) {
                html.append("<a href=\"").append(escape(link).replace("\"", "&quot;")).append("\">");
            }
            html.append(style.bold() ? "<b>" : "").append(style.italic() ? "<i>" : "").append(style.underline() ? "<u>" : "");
            html.append(escape(span.text()));
            html.append(style.underline() ? "</u>" : "").append(style.italic() ? "</i>" : "").append(style.bold() ? "</b>" : "");
            html.append(link != null ? "</a>" : "");
        }
        return html.toString();
    }

    /** What the rep typed, as text: the three characters HTML would read as markup, escaped. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package dev.taskinbox.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * An email's HTML cut into the blocks the editor works with. jsoup parses it as a browser would
 * (unclosed tags, entities, stray markup) and, with positions tracked, gives each block's exact
 * source, so a block the rep does not touch goes out character for character as it came.
 */
public final class EmailBlocks {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "hr", "section", "article",
            "header", "footer", "center", "dl", "dt", "dd", "address", "figure", "form");

    private final String prefix;
    private final List<Block> blocks;
    private final String suffix;

    private EmailBlocks(String prefix, List<Block> blocks, String suffix) {
        this.prefix = prefix;
        this.blocks = List.copyOf(blocks);
        this.suffix = suffix;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /**
     * The lines the editor shows: each block's lines, marked with the block they came from, and an
     * empty line after a paragraph-like block where a mail client shows its margin.
     */
    public List<EmailHtml.EditorLine> editorLines() {
        List<EmailHtml.EditorLine> lines = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            for (Line line : block.lines()) {
                lines.add(new EmailHtml.EditorLine(new ParStyle(i, line.list()), line));
            }
            if (block.spaced() && i + 1 < blocks.size()) {
                lines.add(new EmailHtml.EditorLine(ParStyle.NEW, new Line(ParStyle.ListKind.NONE, List.of())));
            }
        }
        if (lines.isEmpty()) {
            lines.add(new EmailHtml.EditorLine(ParStyle.NEW, new Line(ParStyle.ListKind.NONE, List.of())));
        }
        return lines;
    }

    String prefix() {
        return prefix;
    }

    String suffix() {
        return suffix;
    }

    public static EmailBlocks parse(String html) {
        String source = html == null ? "" : html;
        Document document = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        List<List<Node>> groups = group(body.childNodes());
        List<Block> blocks = new ArrayList<>();
        int[] starts = new int[groups.size()];
        boolean exact = true;
        int end = -1;
        for (int i = 0; i < groups.size(); i++) {
            List<Node> nodes = groups.get(i);
            starts[i] = start(nodes.get(0));
            exact &= starts[i] >= 0 && (i == 0 || starts[i] > starts[i - 1]);
            end = end(nodes.get(nodes.size() - 1), source.length());
        }
        exact &= groups.isEmpty() || end >= starts[starts.length - 1];
        for (int i = 0; i < groups.size(); i++) {
            List<Node> nodes = groups.get(i);
            String slice;
            if (exact) {
                slice = source.substring(starts[i], i + 1 < groups.size() ? starts[i + 1] : end);
            } else {
                StringBuilder outer = new StringBuilder();
                nodes.forEach(node -> outer.append(node.outerHtml()));
                slice = outer.toString();
            }
            Node first = nodes.get(0);
            String tag = nodes.size() == 1 && first instanceof Element element && BLOCK_TAGS.contains(element.normalName())
                    ? element.normalName() : "";
            BlockLines.Result lines = BlockLines.of(nodes);
            blocks.add(new Block(slice, tag, lines.lines(), lines.cannotKeep()));
        }
        if (!exact) {
            // Positions could not be trusted (markup jsoup had to rebuild): equivalent markup instead.
            return new EmailBlocks("", blocks, "");
        }
        return groups.isEmpty() ? new EmailBlocks(source, blocks, "")
                : new EmailBlocks(source.substring(0, starts[0]), blocks, source.substring(end));
    }

    /** Each block element on its own; loose inline nodes between them together; blank text between blocks dropped. */
    private static List<List<Node>> group(List<Node> nodes) {
        List<List<Node>> groups = new ArrayList<>();
        List<Node> loose = new ArrayList<>();
        for (Node node : nodes) {
            boolean block = node instanceof Element element && BLOCK_TAGS.contains(element.normalName());
            if (block) {
                flushLoose(groups, loose);
                groups.add(List.of(node));
            } else if (!(node instanceof TextNode text && text.isBlank() && loose.isEmpty())) {
                loose.add(node);
            }
        }
        flushLoose(groups, loose);
        return groups;
    }

    private static void flushLoose(List<List<Node>> groups, List<Node> loose) {
        while (!loose.isEmpty() && loose.get(loose.size() - 1) instanceof TextNode text && text.isBlank()) {
            loose.remove(loose.size() - 1);
        }
        if (!loose.isEmpty()) {
            groups.add(List.copyOf(loose));
            loose.clear();
        }
    }

    private static int start(Node node) {
        Range range = node.sourceRange();
        return range.isTracked() && !range.isImplicit() ? range.startPos() : -1;
    }

    private static int end(Node node, int length) {
        if (node instanceof Element element) {
            Range close = element.endSourceRange();
            if (close.isTracked() && !close.isImplicit()) {
                return close.endPos();
            }
            // An element left unclosed runs to its last descendant.
            Node last = element;
            while (last.childNodeSize() > 0) {
                last = last.childNode(last.childNodeSize() - 1);
            }
            return last == element ? element.sourceRange().endPos() : end(last, length);
        }
        Range range = node.sourceRange();
        return range.isTracked() ? range.endPos() : length;
    }
}

package dev.taskinbox.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The lines the editor shows for one block, and what in the block the editor cannot represent.
 * Whitespace collapses as a browser collapses it; a {@code <br>} ends a line; every block inside
 * starts one; list items are lines with a list kind.
 */
final class BlockLines implements NodeVisitor {
    /** Inline markup the editor shows and writes back. */
    private static final Set<String> KEPT = Set.of("b", "strong", "i", "em", "u", "ins", "a", "span", "br", "p", "div",
            "ul", "ol", "li", "o:p", "#root");
    private static final Set<String> KEPT_ATTRIBUTES = Set.of("class", "href", "target", "rel");

    private final List<Line> lines = new ArrayList<>();
    private List<Line.Span> current = new ArrayList<>();
    private ParStyle.ListKind currentList = ParStyle.ListKind.NONE;
    private int bold;
    private int italic;
    private int underline;
    private final List<String> links = new ArrayList<>();
    private int listDepth;
    private String cannotKeep;

    record Result(List<Line> lines, String cannotKeep) {
    }

    private BlockLines() {
    }

    static Result of(List<Node> nodes) {
        BlockLines walker = new BlockLines();
        for (Node node : nodes) {
            NodeTraversor.traverse(walker, node);
        }
        walker.endLine(false);
        if (walker.lines.isEmpty()) {
            walker.lines.add(new Line(ParStyle.ListKind.NONE, List.of()));
        }
        return new Result(walker.lines, walker.cannotKeep);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            addText(text.text());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        noteWhatCannotBeKept(element, tag);
        switch (tag) {
            case "br" -> {
                endLine(true);
                return;
            }
            case "b", "strong" -> bold++;
            case "i", "em" -> italic++;
            case "u", "ins" -> underline++;
            case "a" -> links.add(SafeLinks.allowed(element.attr("href")));
            case "ul", "ol" -> {
                listDepth++;
                if (listDepth > 1) {
                    cannotKeep = firstOf("a list inside a list");
                }
            }
            case "li" -> {
                endLine(false);
                Element parent = element.parent();
                currentList = parent != null && parent.normalName().equals("ol") ? ParStyle.ListKind.NUMBERED
                        : ParStyle.ListKind.BULLET;
            }
            default -> {
                if (EmailBlocks.BLOCK_TAGS.contains(tag)) {
                    endLine(false);
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "b", "strong" -> bold--;
            case "i", "em" -> italic--;
            case "u", "ins" -> underline--;
            case "a" -> links.remove(links.size() - 1);
            case "ul", "ol" -> {
                listDepth--;
                endLine(false);
            }
            case "td", "th" -> addText("\t");
            case "li" -> {
                endLine(false);
                currentList = ParStyle.ListKind.NONE;
            }
            default -> {
                if (EmailBlocks.BLOCK_TAGS.contains(element.normalName())) {
                    endLine(false);
                }
            }
        }
    }

    private void noteWhatCannotBeKept(Element element, String tag) {
        if (!KEPT.contains(tag)) {
            cannotKeep = firstOf(switch (tag) {
                case "table", "tr", "td", "th", "tbody", "thead" -> "a table";
                case "img" -> "an image";
                case "h1", "h2", "h3", "h4", "h5", "h6" -> "a heading";
                case "blockquote" -> "a quotation";
                default -> "<" + tag + "> formatting";
            });
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("style")) {
                cannotKeep = firstOf("inline styles");
            } else if (name.equals("dir") && !attribute.getValue().equalsIgnoreCase("rtl")) {
                // Gmail wraps every message in dir="ltr": the direction a written-anew block has anyway.
                continue;
            } else if (!KEPT_ATTRIBUTES.contains(name)) {
                cannotKeep = firstOf("the " + name + " attribute");
            }
        }
    }

    private String firstOf(String found) {
        return cannotKeep == null ? found : cannotKeep;
    }

    private void addText(String raw) {
        String text = raw.replaceAll("[ \\t\\n\\r\\f]+", " ");
        if (current.isEmpty()) {
            text = text.stripLeading();
        }
        if (text.isEmpty() && !raw.equals("\t")) {
            return;
        }
        if (raw.equals("\t")) {
            text = "\t";
        }
        String link = links.isEmpty() ? null : links.get(links.size() - 1);
        current.add(new Line.Span(text, new TextStyle(bold > 0, italic > 0, underline > 0, link, false)));
    }

    /**
     * Ends the line being built. A {@code <br>} always ends it (an empty line is real); a block
     * boundary only when the line has text, so a {@code <br>} that closed a block adds nothing.
     */
    private void endLine(boolean hardBreak) {
        if (!hardBreak && current.isEmpty()) {
            return;
        }
        if (!current.isEmpty()) {
            Line.Span last = current.get(current.size() - 1);
            current.set(current.size() - 1, new Line.Span(last.text().stripTrailing(), last.style()));
        }
        lines.add(new Line(currentList, current));
        current = new ArrayList<>();
    }
}

package dev.taskinbox.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import dev.taskinbox.compose.SafeLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An email's HTML as styled runs of text (bold, italic, links, line breaks, list bullets) for a
 * formatted yet safe preview: jsoup parses it (as a browser would, unclosed tags and entities
 * included) and only its text is kept, so no script runs and nothing remote loads; a link is just
 * its address, opened only when the rep clicks it.
 */
final class HtmlRuns {

    /** A piece of text and how it looks; {@code link} is the address of a link, else null. */
    record Run(String text, boolean bold, boolean italic, String link) {
    }

    /**
     * What of an email is shown: text, its emphasis, structure and web or mail links. jsoup's
     * Safelist drops the rest before the runs are made: scripts, styles (so no style can hide
     * text from the rep), images (nothing remote loads) and any other kind of link.
     */
    private static final Safelist SHOWN = Safelist.basic().addTags("div", "h1", "h2", "h3", "h4", "h5", "h6", "table",
            "thead", "tbody", "tr", "td", "th", "span").removeProtocols("a", "href", "ftp");

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table");

    private HtmlRuns() {
    }

    static List<Run> parse(String html) {
        List<Run> runs = new ArrayList<>();
        if (html == null || html.isEmpty()) {
            return runs;
        }
        if (!HtmlText.looksLikeHtml(html)) {
            runs.add(new Run(html, false, false, null));
            return runs;
        }
        // Script and style contents are data, not text, to jsoup: they never reach a run.
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !text.text().isEmpty()) {
                    runs.add(new Run(text.text(), within(node, "b", "strong"), within(node, "i", "em"), linkOf(node)));
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    runs.add(new Run("\n", false, false, null));
                } else if (node instanceof Element element && element.normalName().equals("li")) {
                    runs.add(new Run("• ", false, false, null));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (BLOCKS.contains(tag)) {
                        runs.add(new Run("\n\n", false, false, null));
                    } else if (tag.equals("li") || tag.equals("tr")) {
                        runs.add(new Run("\n", false, false, null));
                    }
                }
            }
        }, new Cleaner(SHOWN).clean(Jsoup.parse(html)).body());
        trimTrailingBreaks(runs);
        return runs;
    }

    private static boolean within(Node node, String... tags) {
        for (Node up = node.parent(); up != null; up = up.parent()) {
            if (up instanceof Element element && List.of(tags).contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The nearest enclosing link's address (the Safelist left only web and mail links). */
    private static String linkOf(Node node) {
        for (Node up = node.parent(); up != null; up = up.parent()) {
            if (up instanceof Element element && element.normalName().equals("a")) {
                return SafeLinks.allowed(element.attr("href"));
            }
        }
        return null;
    }

    private static void trimTrailingBreaks(List<Run> runs) {
        while (!runs.isEmpty() && runs.get(runs.size() - 1).text().isBlank()) {
            runs.remove(runs.size() - 1);
        }
    }
}

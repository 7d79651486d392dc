package dev.taskinbox.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An email's HTML as styled runs of text (bold, italic, links, line breaks, list bullets) for a
 * formatted yet safe preview: only text is kept, so no script runs and nothing remote loads; a
 * link is just its address, opened only when the rep clicks it.
 */
final class HtmlRuns {

    /** A piece of text and how it looks; {@code link} is the address of a link, else null. */
    record Run(String text, boolean bold, boolean italic, String link) {
    }

    private static final Pattern TOKEN = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>|<(/?)([a-z0-9]+)([^>]*)>|([^<]+)");
    private static final Pattern HREF = Pattern.compile("(?i)href\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

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
        int bold = 0;
        int italic = 0;
        String link = null;
        Matcher token = TOKEN.matcher(html);
        while (token.find()) {
            if (token.group(1) != null) {
                continue;   // script, style or head: never shown, never run
            }
            if (token.group(5) != null) {
                String text = HtmlText.decode(token.group(5).replaceAll("\\s+", " "));
                if (!text.isEmpty()) {
                    runs.add(new Run(text, bold > 0, italic > 0, link));
                }
                continue;
            }
            boolean closing = !token.group(2).isEmpty();
            String tag = token.group(3).toLowerCase(Locale.ROOT);
            switch (tag) {
                case "b", "strong" -> bold = Math.max(0, bold + (closing ? -1 : 1));
                case "i", "em" -> italic = Math.max(0, italic + (closing ? -1 : 1));
                case "a" -> link = closing ? null : href(token.group(4));
                case "br" -> runs.add(new Run("\n", false, false, null));
                case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table" -> {
                    if (closing) {
                        runs.add(new Run("\n\n", false, false, null));
                    }
                }
                case "li" -> runs.add(new Run(closing ? "\n" : "• ", false, false, null));
                case "tr" -> {
                    if (closing) {
                        runs.add(new Run("\n", false, false, null));
                    }
                }
                default -> { }
            }
        }
        trimTrailingBreaks(runs);
        return runs;
    }

    /** Only web and mail links are offered; anything else (javascript:, data:, file:) is plain text. */
    private static String href(String attributes) {
        Matcher href = HREF.matcher(attributes);
        if (!href.find()) {
            return null;
        }
        String url = HtmlText.decode(firstNonNull(href.group(2), href.group(3), href.group(4)).strip());
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:") ? url : null;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    private static void trimTrailingBreaks(List<Run> runs) {
        while (!runs.isEmpty() && runs.get(runs.size() - 1).text().isBlank()) {
            runs.remove(runs.size() - 1);
        }
    }
}

package dev.taskinbox.preview;

import org.jsoup.Jsoup;
import java.util.stream.Collectors;

/**
 * Turns an email's HTML into the plain text a reader sees, from the same parse as the preview
 * ({@link HtmlRuns}). Nothing is executed or fetched: scripts, styles and images leave nothing, so
 * a tracking pixel never calls home.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** Whether the text has any markup at all (jsoup finds an element in it); text without is kept exactly as typed. */
    static boolean looksLikeHtml(String text) {
        return text != null && text.indexOf('<') >= 0 && !Jsoup.parseBodyFragment(text).body().children().isEmpty();
    }

    static String toPlainText(String html) {
        if (html == null || !looksLikeHtml(html)) {
            return html == null ? "" : html;
        }
        String text = HtmlRuns.parse(html).stream().map(HtmlRuns.Run::text).collect(Collectors.joining());
        text = text.replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n");
        return text.strip();
    }
}

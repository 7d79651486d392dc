package dev.taskinbox.preview;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an email's HTML into the plain text a reader sees. Nothing is executed or fetched: scripts,
 * styles and images are dropped, so a tracking pixel never calls home from the preview.
 */
final class HtmlText {
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</(p|h[1-6]|ul|ol|table)\\s*>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>|</(div|tr|li)\\s*>");
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private HtmlText() {
    }

    static boolean looksLikeHtml(String text) {
        return text != null && TAG.matcher(text).find();
    }

    static String toPlainText(String html) {
        if (html == null || !looksLikeHtml(html)) {
            return html == null ? "" : html;
        }
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = text.replaceAll("\\r?\\n", " ");
        text = LIST_ITEM.matcher(text).replaceAll("• ");
        text = PARAGRAPH_END.matcher(text).replaceAll("\n\n");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = decodeEntities(text);
        text = text.replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n");
        return text.strip();
    }

    static String decode(String text) {
        return decodeEntities(text);
    }

    private static String decodeEntities(String text) {
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            int codePoint;
            try {
                codePoint = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException tooBig) {
                codePoint = 0xFFFD;
            }
            String replacement = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
            numeric.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        numeric.appendTail(out);
        return out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }
}

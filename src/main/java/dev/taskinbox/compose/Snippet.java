package dev.taskinbox.compose;

import dev.taskinbox.task.SendChecks;
import java.util.Map;
import java.util.regex.Matcher;

/** A passage the rep reuses, with {{variables}}; {@code fromReply} for an email template of Reply's (read only). */
public record Snippet(String name, String text, boolean fromReply) {

    public Snippet {
        name = name == null ? "" : name.strip();
        text = text == null ? "" : text;
    }

    /** The text with every variable the prospect has a value for filled in; the others stay, as chips to fill. */
    public String filledFrom(Map<String, String> fields) {
        Matcher matcher = SendChecks.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = fields.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? matcher.group() : value));
        }
        return matcher.appendTail(out).toString();
    }

    /** Whether every word of {@code query} is in its name or text (the picker's search). */
    boolean matches(String query) {
        String haystack = (name + " " + text).toLowerCase(java.util.Locale.ROOT);
        for (String word : query.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}

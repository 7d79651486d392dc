package dev.taskinbox.demo;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.util.Locale;
import java.util.Map;

/** The demo server's enum tables: integer codes (seed) and camelCase names (newest docs). */
final class DemoEnums {
    static final Map<Integer, String> TASK_TYPES = Map.of(
            0, "toDo", 2, "call", 4, "meeting", 5, "linkedIn", 7, "manualEmail", 8, "sms", 9, "whatsApp");
    static final Map<Integer, String> STATUSES = Map.of(
            0, "new", 1, "finished", 3, "cancelled", 4, "archived", 5, "sequenceDetached");
    static final Map<Integer, String> LINKED_IN = Map.of(0, "message", 1, "connect", 2, "inMail", 3, "viewProfile");
    static final Map<Integer, String> CALL_RESOLUTIONS = Map.of(0, "positive", 1, "toCall", 2, "negative");
    static final Map<Integer, String> SOURCES = Map.of(0, "user", 1, "sequence", 2, "meeting");

    private final boolean names;

    DemoEnums(boolean names) {
        this.names = names;
    }

    /** The value as this server writes it. */
    JsonElement write(Map<Integer, String> table, Integer code) {
        if (code == null) {
            return JsonNull.INSTANCE;
        }
        return names ? new JsonPrimitive(table.get(code)) : new JsonPrimitive(code);
    }

    /** Reads a request's enum in either form; null when absent. */
    static Integer read(Map<Integer, String> table, JsonElement value, String field) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            return value.getAsInt();
        }
        if (value.isJsonPrimitive()) {
            String text = value.getAsString().toLowerCase(Locale.ROOT);
            for (Map.Entry<Integer, String> entry : table.entrySet()) {
                if (entry.getValue().toLowerCase(Locale.ROOT).equals(text)) {
                    return entry.getKey();
                }
            }
        }
        throw DemoProblem.badRequest("validation.failed", field + " has an unknown value: " + value);
    }
}

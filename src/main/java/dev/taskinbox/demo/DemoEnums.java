package dev.taskinbox.demo;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import java.util.Locale;
import java.util.Map;

/**
 * The demo server's enum tables: integer codes (seed) and camelCase names (current docs). As strict
 * as the docs: the current dialect takes names only, the seed's integers only; the other form is a
 * 400 whose {@code errors[]} points at the member.
 */
final class DemoEnums {
    static final Map<Integer, String> TASK_TYPES = Map.of(
            0, "toDo", 2, "call", 4, "meeting", 5, "linkedIn", 7, "manualEmail", 8, "sms", 9, "whatsApp");
    static final Map<Integer, String> STATUSES = Map.of(
            0, "new", 1, "finished", 3, "cancelled", 4, "archived", 5, "sequenceDetached");
    static final Map<Integer, String> LINKED_IN = Map.of(0, "message", 1, "connect", 2, "inMail", 3, "viewProfile");
    /**
     * Documented as integers only (G1 page). The current dialect's names are the same guess the app
     * makes; a strict current server that spells them otherwise would make the app go again in integers.
     */
    static final Map<Integer, String> CALL_RESOLUTIONS = Map.of(0, "positive", 1, "toCall", 2, "negative");
    static final Map<Integer, String> SOURCES = Map.of(0, "user", 1, "sequence", 2, "meeting");

    private final boolean names;

    /** @param names the current dialect (names) rather than the seed's (integers) */
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

    /** Reads a request's enum in this server's form only (names in any case); null when absent. */
    Integer read(Map<Integer, String> table, JsonElement value, String member) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        boolean number = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
        if (!names && number && table.containsKey(value.getAsInt())) {
            return value.getAsInt();
        }
        if (names && value.isJsonPrimitive() && !number) {
            String text = value.getAsString().toLowerCase(Locale.ROOT);
            for (Map.Entry<Integer, String> entry : table.entrySet()) {
                if (entry.getValue().toLowerCase(Locale.ROOT).equals(text)) {
                    return entry.getKey();
                }
            }
        }
        throw DemoProblem.invalid(member, member + " must be a valid enum value ("
                + (names ? "one of " + String.join(", ", table.values()) : "an integer code") + "), not " + value + ".");
    }
}

package dev.taskinbox.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the batch answer: a map of task id to a failure, codes per reply-api-v3-tasks.md §3.8. */
final class BatchFailures {
    private BatchFailures() {
    }

    static Map<Long, String> read(JsonObject answer) {
        Map<Long, String> failed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : answer.entrySet()) {
            long id;
            try {
                id = Long.parseLong(entry.getKey().strip());
            } catch (NumberFormatException notAnId) {
                continue;
            }
            failed.put(id, reason(entry.getValue()));
        }
        return failed;
    }

    private static String reason(JsonElement value) {
        JsonElement code = value;
        if (value != null && value.isJsonObject()) {
            JsonObject item = value.getAsJsonObject();
            code = item.has("error") ? item.get("error") : item.get("code");
            JsonElement message = item.get("message");
            if (message != null && message.isJsonPrimitive() && !message.getAsString().isBlank()) {
                return message.getAsString().strip();
            }
        }
        String text = code != null && code.isJsonPrimitive() ? code.getAsString().strip() : "";
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "notfound" -> "Not found: deleted, or not yours.";
            case "7", "cannotcomplete" -> "Cannot be completed: it is already finished.";
            case "3", "forbidden" -> "You are not allowed to complete it.";
            default -> text.isEmpty() ? "Not completed." : "Not completed (code " + text + ").";
        };
    }
}

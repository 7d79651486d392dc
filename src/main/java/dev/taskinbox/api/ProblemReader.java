package dev.taskinbox.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.taskinbox.task.GatewayException.FieldError;
import dev.taskinbox.task.GatewayException.ServerProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@code application/problem+json} body without trusting its shape: Reply does not spell
 * out the members (reply-api-v3-tasks.md §1.4), so {@code errors} may be a list of objects, a list
 * of strings or a map of field to messages, and anything else is simply ignored.
 */
final class ProblemReader {
    private ProblemReader() {
    }

    static ServerProblem read(String text) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException | IllegalStateException notJson) {
            return ServerProblem.NONE;
        }
        if (!root.isJsonObject()) {
            return ServerProblem.NONE;
        }
        JsonObject problem = root.getAsJsonObject();
        return new ServerProblem(text(problem, "title"), text(problem, "detail"), text(problem, "code"),
                fieldErrors(problem.get("errors")));
    }

    private static List<FieldError> fieldErrors(JsonElement errors) {
        List<FieldError> found = new ArrayList<>();
        if (errors == null) {
            return found;
        }
        if (errors.isJsonArray()) {
            for (JsonElement error : errors.getAsJsonArray()) {
                if (error.isJsonObject()) {
                    JsonObject entry = error.getAsJsonObject();
                    found.add(new FieldError(first(entry, "pointer", "field", "name", "propertyName"),
                            first(entry, "detail", "message", "title", "reason")));
                } else if (error.isJsonPrimitive()) {
                    found.add(new FieldError("", error.getAsString()));
                }
            }
        } else if (errors.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : errors.getAsJsonObject().entrySet()) {
                found.add(new FieldError(entry.getKey(), joined(entry.getValue())));
            }
        }
        return found;
    }

    private static String joined(JsonElement value) {
        if (value.isJsonArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonElement part : (JsonArray) value) {
                if (part.isJsonPrimitive()) {
                    parts.add(part.getAsString());
                }
            }
            return String.join("; ", parts);
        }
        return value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static String first(JsonObject object, String... names) {
        for (String name : names) {
            String value = text(object, name);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString().strip() : "";
    }
}

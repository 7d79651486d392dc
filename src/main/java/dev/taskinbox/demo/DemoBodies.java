package dev.taskinbox.demo;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads request bodies as strictly as the docs: a member of the wrong kind is a 400 that points at it. */
final class DemoBodies {
    private DemoBodies() {
    }

    static JsonObject json(String body) {
        if (body.isBlank()) {
            return new JsonObject();
        }
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (JsonParseException malformed) {
            // answered below
        }
        throw DemoProblem.badRequest("request.malformed", "The request body is not a JSON object.");
    }

    static Long optionalLong(JsonObject json, String name) {
        JsonElement value = json.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        try {
            return value.getAsLong();
        } catch (RuntimeException notANumber) {
            throw DemoProblem.badRequest("validation.failed", name + " must be an integer.");
        }
    }

    static String optionalString(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    static Instant optionalInstant(JsonObject json, String name, Instant fallback) {
        String text = optionalString(json, name);
        try {
            return text == null ? fallback : Instant.parse(text);
        } catch (DateTimeParseException notADate) {
            throw DemoProblem.invalid(name, name + " must be a date-time.");
        }
    }
}

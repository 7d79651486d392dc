package dev.taskinbox.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prospect a task is about, as far as the task inbox needs it; any member may be empty.
 * {@code fields} are the values Reply fills {{variables}} with, by the variable's name.
 */
public record Contact(long id, String firstName, String lastName, String email, String phone, String linkedInUrl,
                      String company, String title, String timeZoneId, Map<String, String> fields) {

    public Contact {
        // In Reply's order (first name first), as the {{ menu offers them.
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String fullName() {
        return (nonNull(firstName) + " " + nonNull(lastName)).strip();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}

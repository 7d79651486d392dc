package dev.taskinbox.demo;

import java.util.HashMap;
import java.util.Map;

/** A prospect in the demo data set. */
record DemoContact(long id, String firstName, String lastName, String company, String title,
                   String email, String phone, String linkedInUrl, String timeZoneId) {

    /** Where they are, by their zone's city (the demo has no addresses). */
    String city() {
        return timeZoneId == null || !timeZoneId.contains("/") ? "" : timeZoneId.substring(timeZoneId.lastIndexOf('/') + 1).replace('_', ' ');
    }

    String country() {
        return "";
    }

    /** Custom fields as Reply lists them; only some prospects have a video recorded for them. */
    Map<String, String> customFields() {
        return id % 2 == 0 ? Map.of("videoLink", "https://video.example.com/" + id) : Map.of();
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    /** The values {@code {{placeholders}}} resolve to, named as Reply names them. */
    Map<String, String> variables() {
        Map<String, String> values = new HashMap<>(customFields());
        values.putAll(Map.of("firstName", firstName, "lastName", lastName, "company", company, "title", title,
                "email", email, "phone", phone, "city", city()));
        return values;
    }
}

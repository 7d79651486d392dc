package dev.taskinbox.demo;

import java.util.Map;

/** A prospect in the demo data set. */
record DemoContact(long id, String firstName, String lastName, String company, String title,
                   String email, String phone, String linkedInUrl, String timeZoneId) {

    String fullName() {
        return firstName + " " + lastName;
    }

    /** The values {@code {{placeholders}}} resolve to, named as Reply names them. */
    Map<String, String> variables() {
        return Map.of(
                "firstName", firstName,
                "lastName", lastName,
                "company", company,
                "title", title,
                "email", email,
                "phone", phone);
    }
}

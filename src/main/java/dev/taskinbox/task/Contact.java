package dev.taskinbox.task;

/** The prospect a task is about, as far as the task inbox needs it; any member may be empty. */
public record Contact(long id, String firstName, String lastName, String email, String phone, String linkedInUrl,
                      String company, String title, String timeZoneId) {

    public String fullName() {
        return (nonNull(firstName) + " " + nonNull(lastName)).strip();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}

package dev.taskinbox.task;

/** What a task asks the rep to do. Only manual emails and SMS can be sent by the server (executed). */
public enum TaskType {
    TO_DO("To-do"),
    CALL("Call"),
    MEETING("Meeting"),
    LINKED_IN("LinkedIn"),
    MANUAL_EMAIL("Email"),
    SMS("SMS"),
    WHATSAPP("WhatsApp"),
    /** A value this version of the app does not know; the task still shows. */
    UNKNOWN("Other");

    private final String label;

    TaskType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when Reply sends the message itself (execute); other types are done by hand and completed. */
    public boolean isExecutable() {
        return this == MANUAL_EMAIL || this == SMS;
    }
}

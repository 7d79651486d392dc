package dev.taskinbox.task;

import java.util.List;

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

    /** The seven kinds of work in the order a rep meets them: the side bar's order and the keys 1 to 7. */
    public static final List<TaskType> WORK_ORDER = List.of(MANUAL_EMAIL, SMS, CALL, LINKED_IN, WHATSAPP, TO_DO, MEETING);

    private final String label;

    TaskType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label inside a sentence: "the email task", but "the SMS task", "the LinkedIn task" (names keep their capitals). */
    public String inSentence() {
        return this == SMS || this == LINKED_IN || this == WHATSAPP ? label : label.toLowerCase(java.util.Locale.ROOT);
    }

    /** True when Reply sends the message itself (execute); other types are done by hand and completed. */
    public boolean isExecutable() {
        return this == MANUAL_EMAIL || this == SMS;
    }
}

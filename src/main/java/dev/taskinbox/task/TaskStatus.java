package dev.taskinbox.task;

/** Where a task is in its life. Only {@link #NEW} tasks can be sent, completed or edited. */
public enum TaskStatus {
    NEW("New"),
    FINISHED("Finished"),
    CANCELLED("Cancelled"),
    ARCHIVED("Archived"),
    SEQUENCE_DETACHED("Detached"),
    UNKNOWN("Unknown");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label inside a sentence ("already finished"), the same in every locale. */
    public String inSentence() {
        return label.toLowerCase(java.util.Locale.ROOT);
    }
}

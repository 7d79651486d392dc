package dev.taskinbox.task;

/** How a call went, sent with its completion ({@code callResolution}); it drives sequence branching. */
public enum CallOutcome {
    POSITIVE("Positive"),
    TO_CALL("Call again"),
    NEGATIVE("Negative");

    private final String label;

    CallOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

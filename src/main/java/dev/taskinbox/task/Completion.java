package dev.taskinbox.task;

/**
 * How a task is marked done: for a call, how it went ({@code outcome}, may be null); and whether
 * the prospect is finished in the sequence too ({@code finishProspect}: Reply stops the sequence
 * for them, reply-api-v3-tasks.md §6.5).
 */
public record Completion(CallOutcome outcome, boolean finishProspect) {
    public static final Completion PLAIN = new Completion(null, false);

    public static Completion of(CallOutcome outcome) {
        return new Completion(outcome, false);
    }
}

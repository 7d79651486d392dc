package dev.taskinbox.task;

/** The rep's unsent edit of one task; {@code emailAccountId} is null when the rep kept the default. */
public record Draft(long taskId, String subject, String body, Long emailAccountId) {
}

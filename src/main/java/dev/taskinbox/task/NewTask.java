package dev.taskinbox.task;

import java.time.Instant;
import java.util.Objects;

/**
 * A task the rep creates (a follow-up): what POST /v3/tasks takes. {@code subject} matters for
 * emails only; {@code linkedInAction} for LinkedIn tasks only.
 */
public record NewTask(TaskType type, LinkedInAction linkedInAction, long contactId, Instant startAt, Instant dueTo,
                      String subject, String body) {

    public NewTask {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(dueTo, "dueTo");
        subject = Objects.requireNonNullElse(subject, "");
        body = Objects.requireNonNullElse(body, "");
    }
}

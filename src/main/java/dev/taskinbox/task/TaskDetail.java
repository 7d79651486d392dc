package dev.taskinbox.task;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything the server says about one task. {@code content} is the template rendered against the
 * contact ({@link MessageContent#EMPTY} when the server did not render it).
 */
public record TaskDetail(
        long id,
        TaskType type,
        TaskStatus status,
        LinkedInAction linkedInAction,
        Long contactId,
        Long sequenceId,
        String stepName,
        Instant startAt,
        Instant dueTo,
        Instant finishedAt,
        boolean failed,
        boolean scheduled,
        MessageContent template,
        MessageContent content,
        DeliveryTarget target) {

    public TaskDetail {
        type = Objects.requireNonNullElse(type, TaskType.UNKNOWN);
        status = Objects.requireNonNullElse(status, TaskStatus.UNKNOWN);
        stepName = Objects.requireNonNullElse(stepName, "");
        template = Objects.requireNonNullElse(template, MessageContent.EMPTY);
        content = Objects.requireNonNullElse(content, MessageContent.EMPTY);
        target = Objects.requireNonNullElse(target, DeliveryTarget.NONE);
    }

    public boolean fromSequence() {
        return sequenceId != null;
    }

    /** What the rep would send right now: the rendered content, else the raw template. */
    public MessageContent message() {
        return content.equals(MessageContent.EMPTY) ? template : content;
    }
}

package dev.taskinbox.task;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the task list, as the filter call returns it: no content and no delivery target
 * (those come with {@link TaskDetail}).
 */
public record TaskSummary(
        long id,
        TaskType type,
        TaskStatus status,
        LinkedInAction linkedInAction,
        String contactName,
        Instant startAt,
        Instant dueTo,
        Instant finishedAt,
        Long sequenceId,
        boolean scheduled,
        Long contactId) {

    /** A row whose contact's id is not known (the list item did not carry it). */
    public TaskSummary(long id, TaskType type, TaskStatus status, LinkedInAction linkedInAction, String contactName,
                       Instant startAt, Instant dueTo, Instant finishedAt, Long sequenceId, boolean scheduled) {
        this(id, type, status, linkedInAction, contactName, startAt, dueTo, finishedAt, sequenceId, scheduled, null);
    }

    public TaskSummary {
        type = Objects.requireNonNullElse(type, TaskType.UNKNOWN);
        status = Objects.requireNonNullElse(status, TaskStatus.UNKNOWN);
        contactName = Objects.requireNonNullElse(contactName, "");
    }

    public boolean isOverdue(Instant now) {
        return status == TaskStatus.NEW && dueTo != null && dueTo.isBefore(now);
    }

    public boolean fromSequence() {
        return sequenceId != null;
    }
}

package dev.taskinbox.demo;

import java.time.Instant;

/**
 * What the demo server holds for one task at one moment: the record tests compare with what the
 * app showed and sent. {@code type} is the current docs' name ({@code "call"}).
 */
public record ServerTask(long id, String type, boolean finished, long assignedUserId, long contactId,
                         Instant startAt, Instant dueTo, String subject, String body,
                         Integer callResolution, boolean prospectFinished, boolean createdByClient) {

    static ServerTask of(DemoTask task) {
        return new ServerTask(task.id, DemoEnums.TASK_TYPES.get(task.type), task.status == DemoTask.STATUS_FINISHED,
                task.assignedUserId, task.contact.id(), task.startAt, task.dueTo, task.subject, task.body,
                task.callResolution, task.prospectFinished, task.createdByClient);
    }
}

package dev.taskinbox.outbox;

import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** L: hold a send for the next 9:00 where the prospect is (the rep's own 9:00 when their zone is not known). */
public final class SendLaterAction {
    private SendLaterAction() {
    }

    /** Holds the shown task as the preview would send it now; refuses what the preview would refuse. */
    public static void holdShown(PreviewViewModel preview, Outbox outbox, InboxViewModel inbox, Clock clock) {
        TaskDetail task = preview.detailProperty().get();
        if (task == null) {
            return;
        }
        if (!task.type().isExecutable()) {
            inbox.notice("Only emails and SMS can be held to send later; this " + task.type().label() + " is done by hand.");
            return;
        }
        String blocked = preview.gate().blockedReasonProperty().get();
        if (!blocked.isEmpty()) {
            inbox.notice("Not held: " + blocked);
            return;
        }
        SendRequest request = preview.senders().requestFor(task, preview.drafts().get(task.id()));
        outbox.hold(held(task.id(), task.type(), request, inbox, clock));
    }

    /** The held send for one task, at the next 9:00 in its prospect's zone. */
    public static HeldSend held(long taskId, TaskType type, SendRequest request, InboxViewModel inbox, Clock clock) {
        return held(taskId, type, request, inbox, clock, false);
    }

    /** As {@link #held}; {@code tomorrow}: not before the next day there (today's limit is used up). */
    public static HeldSend held(long taskId, TaskType type, SendRequest request, InboxViewModel inbox, Clock clock,
                                boolean tomorrow) {
        Optional<ZoneId> theirs = inbox.find(taskId).map(row -> row.contactZoneProperty().get());
        ZoneId zone = theirs.orElse(clock.getZone());
        String who = inbox.find(taskId).map(row -> row.summary().contactName()).orElse("task " + taskId);
        return new HeldSend(taskId, who, type, tomorrow ? SendLater.nextDayMorning(clock.instant(), zone)
                : SendLater.nextMorning(clock.instant(), zone),
                theirs.map(ZoneId::getId).orElse(""), request);
    }
}

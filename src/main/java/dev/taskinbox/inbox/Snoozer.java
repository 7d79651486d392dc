package dev.taskinbox.inbox;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.common.ui.DueText;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Snooze: moves tasks to a new due time (the start an hour before), one update each, and the rows
 * with them. It keeps within Reply's list window and says when a move shifts an automatic send.
 */
final class Snoozer {
    private final InboxViewModel inbox;
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final Clock clock;

    Snoozer(InboxViewModel inbox, TaskGateway gateway, TaskRunner runner, Clock clock) {
        this.inbox = inbox;
        this.gateway = gateway;
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * What the rep must agree to before these tasks move to {@code due}, or empty when nothing:
     * a task Reply sends by itself ({@code isScheduled}) has its automatic send moved with it.
     */
    Optional<String> question(List<Long> taskIds, Instant due) {
        long automatic = taskIds.stream().map(inbox::find).flatMap(Optional::stream)
                .filter(row -> row.summary().scheduled()).count();
        if (automatic == 0) {
            return Optional.empty();
        }
        String which = automatic == 1 ? (taskIds.size() == 1 ? "This task is" : "One of these tasks is")
                : automatic + " of these tasks are";
        return Optional.of(which + " sent by its sequence on its own at its start time. Snoozing moves that"
                + " automatic send to " + DueText.absolute(due.minus(Duration.ofHours(1)), clock.getZone()) + ".");
    }

    /**
     * Moves tasks to a new due time (start an hour before), one update each; rows show the new time.
     * Never past the list's window: Reply lists tasks starting up to a year ahead, and one moved further
     * would silently leave the list, so that is refused with the reason instead.
     */
    void snooze(List<Long> taskIds, Instant due) {
        Instant start = due.minus(Duration.ofHours(1));
        Instant lastListed = clock.instant().atZone(ZoneOffset.UTC).plusYears(1).toInstant();
        if (start.isAfter(lastListed)) {
            DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).withZone(clock.getZone());
            inbox.say("Not snoozed: Reply lists tasks that start within a year, so a task moved to "
                    + day.format(due) + " would leave the list. Pick a day before " + day.format(lastListed) + ".");
            return;
        }
        for (long id : taskIds) {
            inbox.find(id).ifPresent(row -> row.setActivity("Snoozing…"));
            runner.run("snooze " + id, () -> gateway.reschedule(id, start, due), moved ->
                    inbox.find(id).ifPresent(row -> {
                        inbox.replace(row, row.movedTo(moved, "Snoozed"));
                        inbox.say("Snoozed " + row.summary().contactName() + " until "
                                + DueText.absolute(moved.dueTo(), clock.getZone()) + ".");
                    }), failure -> inbox.find(id).ifPresent(row -> {
                        row.setActivity("");
                        inbox.say("Could not snooze " + row.summary().contactName() + ". "
                                + GatewayException.userMessageOf(failure));
                    }));
        }
    }
}

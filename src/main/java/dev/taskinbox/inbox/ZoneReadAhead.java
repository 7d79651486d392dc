package dev.taskinbox.inbox;

import dev.taskinbox.common.fx.Delays;
import dev.taskinbox.common.fx.ParallelReads;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.Contact;
import dev.taskinbox.task.TaskGateway;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads every listed prospect's time zone in the background, once per contact, two at a time in the
 * read-ahead lane (the rep's own reads always go first), so each row can show their local time and
 * the "In hours now" view can work. It reads at most {@link #PER_ROUND} contacts a round and
 * rests between rounds, and skips a round while the request budget is more than half used, so it
 * never takes the room a send needs. A dropped or failed read is asked again in a later round (three
 * tries). FX thread.
 */
public final class ZoneReadAhead {
    /** Two reads out at a time: enough to finish a day's list in a minute or two, little of the budget. */
    static final int WIDTH = 2;
    static final int PER_ROUND = 30;
    static final Duration REST = Duration.ofSeconds(30);
    static final int TRIES = 3;

    private final InboxViewModel inbox;
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final Delays delays;
    /** Contacts whose zone was read (or who have none): never asked again this run. */
    private final Set<Long> settled = new java.util.HashSet<>();
    private final Map<Long, Integer> tries = new java.util.HashMap<>();
    private ParallelReads<Long, Optional<Optional<ZoneId>>> reads;
    private boolean resting;

    public ZoneReadAhead(InboxViewModel inbox, TaskGateway gateway, TaskRunner runner, Delays delays) {
        this.inbox = inbox;
        this.gateway = gateway;
        this.runner = runner;
        this.delays = delays;
        inbox.stateProperty().addListener((obs, was, now) -> {
            if (now == InboxViewModel.LoadState.LOADED) {
                readSome();
            }
        });
    }

    private void readSome() {
        if (reads != null && reads.isRunning() || resting) {
            return;
        }
        var budget = gateway.budgetState();
        if (budget.usedInWindow() * 2 > budget.windowLimit()) {
            rest();
            return;
        }
        Set<Long> wanted = new LinkedHashSet<>();
        for (TaskRow row : List.copyOf(inbox.rows())) {
            Long contact = row.summary().contactId();
            if (contact != null && row.contactZoneProperty().get() == null && !settled.contains(contact)
                    && tries.getOrDefault(contact, 0) < TRIES) {
                wanted.add(contact);
            }
            if (wanted.size() == PER_ROUND) {
                break;
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        // Outer empty: the read did not happen (dropped, failed); inner empty: the contact has no zone.
        reads = ParallelReads.start(runner, WIDTH, List.copyOf(wanted),
                contactId -> Optional.of(gateway.contact(contactId).flatMap(ZoneReadAhead::zoneOf)),
                failure -> Optional.empty(), progress -> { }, this::settle);
    }

    private void settle(Map<Long, Optional<Optional<ZoneId>>> results) {
        for (Map.Entry<Long, Optional<Optional<ZoneId>>> result : results.entrySet()) {
            if (result.getValue().isEmpty()) {
                tries.merge(result.getKey(), 1, Integer::sum);
                continue;
            }
            settled.add(result.getKey());
            result.getValue().get().ifPresent(zone -> inbox.rows().stream()
                    .filter(row -> result.getKey().equals(row.summary().contactId()) && row.contactZoneProperty().get() == null)
                    .forEach(row -> row.setContactZone(zone)));
        }
        inbox.recount();
        rest();
    }

    private void rest() {
        resting = true;
        delays.after(REST, () -> {
            resting = false;
            readSome();
        });
    }

    private static Optional<ZoneId> zoneOf(Contact contact) {
        if (contact.timeZoneId() == null || contact.timeZoneId().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(contact.timeZoneId().strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.task.WorkingHours;
import dev.taskinbox.common.fx.ParallelReads;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendChecks;
import dev.taskinbox.task.SenderChoice;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Before a bulk run: reads every task (from the cache where it can) and sorts them into what can
 * go (with the sender it goes from), what is blocked and why, and what is done by hand.
 */
public final class BulkPreflight {
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final Map<Long, TaskDetail> details;
    private final Drafts drafts;
    private final Senders senders;
    private final SendService sender;
    private final Supplier<SendQueue> queue;
    private final Consumer<TaskDetail> onRead;
    private final ContactGuard guard;
    private final Supplier<Instant> now;
    /** Reads ahead of a bulk run, four at a time: enough to hide the latency, few enough to leave the rep's own reads room. */
    static final int WIDTH = 4;
    private ParallelReads<Long, ?> reading;

    /** {@code onRead} is told of each task the pre-flight read (the list refreshes its row). */
    BulkPreflight(TaskGateway gateway, TaskRunner runner, Map<Long, TaskDetail> details, Drafts drafts, Senders senders,
                  SendService sender, Supplier<SendQueue> queue, Consumer<TaskDetail> onRead, ContactGuard guard,
                  Supplier<Instant> now) {
        this.onRead = onRead;
        this.now = now;
        this.guard = guard;
        this.gateway = gateway;
        this.runner = runner;
        this.details = details;
        this.drafts = drafts;
        this.senders = senders;
        this.sender = sender;
        this.queue = queue;
    }

    private WorkingHours workingHours = WorkingHours.DEFAULT;

    /** The prospects' working hours (the rep's setting), for the sends the check lists apart. */
    public void useHours(WorkingHours hours) {
        this.workingHours = hours;
    }

    /** Reads a bulk run's tasks and prospects; the plan comes to {@code ready}. */
    public void run(List<Long> taskIds, Consumer<BulkPlan> ready) {
        run(taskIds, progress -> { }, ready);
    }

    /**
     * Reads every task of a bulk run that is not read yet, then every prospect's standing and zone,
     * four at a time ({@link #WIDTH}) within the budget, telling {@code progress} how far it got;
     * sorts them into what can go, what is blocked and why, and what is done by hand; then hands
     * the plan over. {@link #cancel()} stops it (no plan comes).
     */
    public void run(List<Long> taskIds, Consumer<String> progress, Consumer<BulkPlan> ready) {
        List<Long> missing = taskIds.stream().filter(id -> !details.containsKey(id)).toList();
        reading = ParallelReads.start(runner, WIDTH, missing, id -> Optional.of(gateway.task(id)),
                failure -> Optional.<TaskDetail>empty(),
                done -> progress.accept("Checking " + done.done() + " of " + done.total() + " tasks…"), read -> {
                    read.forEach((id, task) -> task.ifPresent(found -> {
                        details.put(id, found);
                        onRead.accept(found);
                    }));
                    List<Long> contacts = taskIds.stream().map(details::get)
                            .filter(task -> task != null && task.contactId() != null)
                            .map(TaskDetail::contactId).distinct().toList();
                    reading = ParallelReads.start(runner, WIDTH, contacts,
                            contactId -> new Prospect(guard.readNow(contactId), zoneOf(contactId).orElse(null)),
                            failure -> new Prospect(ContactGuard.Verdict.failed(failure), null),
                            done -> progress.accept("Checking " + done.done() + " of " + done.total() + " prospects…"),
                            prospects -> ready.accept(plan(taskIds, prospects)));
                });
    }

    /** Stops a pre-flight that is reading; true when one was. */
    public boolean cancel() {
        boolean running = reading != null && reading.isRunning();
        if (reading != null) {
            reading.cancel();
        }
        return running;
    }

    /** What the guard says about a prospect, and their zone (null when unknown). */
    private record Prospect(ContactGuard.Verdict verdict, ZoneId zone) {
    }

    /** The contact's zone, when Reply has one Java knows; a failed read only costs the working-hours note. */
    private Optional<ZoneId> zoneOf(long contactId) {
        try {
            // The same reading of a zone as the preview's (ContactZones): blank or unknown to Java is none.
            return gateway.contact(contactId).map(contact -> ContactZones.Known.of(contact.timeZoneId(), contact.phone()).zone());
        } catch (GatewayException unreadable) {
            return Optional.empty();
        }
    }

    private BulkPlan plan(List<Long> taskIds, Map<Long, Prospect> prospects) {
        Map<Long, ContactGuard.Verdict> verdicts = new HashMap<>();
        prospects.forEach((contactId, prospect) -> verdicts.put(contactId, prospect.verdict()));
        List<BulkPlan.Entry> entries = new ArrayList<>();
        for (long id : taskIds) {
            BulkPlan.Entry entry = entry(id, details.get(id), verdicts);
            Prospect prospect = entry.task() == null || entry.task().contactId() == null ? null
                    : prospects.get(entry.task().contactId());
            ZoneId zone = prospect == null ? null : prospect.zone();
            if (entry.kind() == BulkPlan.Entry.Kind.SEND && zone != null) {
                entry = entry.noting(workingHours.outside(now.get(), zone).orElse(""));
            }
            entries.add(entry);
        }
        return new BulkPlan(entries);
    }

    private BulkPlan.Entry entry(long id, TaskDetail task, Map<Long, ContactGuard.Verdict> verdicts) {
        if (task == null) {
            return BulkPlan.Entry.blocked(id, null, "Could not be read from Reply.");
        }
        if (task.status() != TaskStatus.NEW) {
            return BulkPlan.Entry.blocked(id, task, "Already " + task.status().inSentence() + ".");
        }
        if (!task.type().isExecutable()) {
            return BulkPlan.Entry.manual(task);
        }
        String guarded = guarded(task, verdicts);
        if (guarded != null) {
            return BulkPlan.Entry.blocked(id, task, guarded);
        }
        Draft draft = drafts.of(id);
        MessageContent message = draft == null ? task.message() : new MessageContent(draft.subject(), draft.body());
        SenderChoice from = Senders.pickable(task) ? senders.forDraft(draft) : null;
        String blocking = SendChecks.check(task, message, from == null ? null : from.problem()).stream()
                .filter(SendChecks.Problem::blocking).map(SendChecks.Problem::text).findFirst().orElse(null);
        if (blocking != null) {
            return BulkPlan.Entry.blocked(id, task, blocking);
        }
        SendQueue waiting = queue.get();
        if (!sender.canSubmit(id) || waiting != null && waiting.isQueued(id)) {
            return BulkPlan.Entry.blocked(id, task, "Already on its way.");
        }
        String senderName = task.type() == TaskType.MANUAL_EMAIL
                ? (from != null ? from.senderName() : "the sequence's account") : null;
        return BulkPlan.Entry.sendable(task, senders.requestFor(task, draft), senderName);
    }

    /**
     * Why the contact guard keeps this task out of a bulk run, or null. Stricter than a single send:
     * a prospect who replied or bounced is sent to only from the task itself, deliberately, and one
     * whose standing could not be read is not sent to at all (it is listed, with the reason).
     */
    private static String guarded(TaskDetail task, Map<Long, ContactGuard.Verdict> verdicts) {
        if (task.contactId() == null) {
            return null;
        }
        ContactGuard.Verdict contact = verdicts.getOrDefault(task.contactId(),
                new ContactGuard.Verdict(ContactGuard.Verdict.Kind.UNKNOWN, "Could not check whether they replied or opted out."));
        return switch (contact.kind()) {
            case CLEAR -> null;
            case REFUSED -> contact.text();
            case CAUTION -> contact.text() + " To send it anyway, open it and press Ctrl+Shift+Enter.";
            case UNKNOWN, CHECKING -> contact.text();
        };
    }
}

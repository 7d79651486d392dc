package dev.taskinbox.outbox;

import dev.taskinbox.common.fx.Delays;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.task.ContactStanding;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sends held on this machine until their time. Each is saved before the rep is told it is held, so a
 * crash or a kill keeps it. At its time the task is read again (still New?) and the contact guard
 * asked (opted out, replied, bounced?) before it joins the send queue, undo window and all. One whose
 * time passed while the app was closed or the machine slept is never sent unseen: the rep is asked.
 * FX thread.
 */
public final class Outbox {
    /** How often the outbox looks at the clock. */
    static final Duration TICK = Duration.ofSeconds(15);
    /** A tick later than this after the last means the machine slept (or the app hung): ask, do not send. */
    static final Duration GAP = Duration.ofMinutes(2);
    /** A failed check is tried again after this. */
    static final Duration RETRY = Duration.ofMinutes(1);

    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final SendQueue queue;
    private final InboxViewModel inbox;
    private final OutboxFile file;
    private final Delays delays;
    private final Clock clock;
    private final ObservableList<HeldSend> held = FXCollections.observableArrayList();
    /** Held sends whose time passed unseen: they wait for the rep. */
    private final Set<Long> waitingForRep = new HashSet<>();
    /** Held sends being checked right now. */
    private final Set<Long> checking = new HashSet<>();
    private final java.util.Map<Long, Instant> retryAt = new java.util.HashMap<>();
    private Consumer<List<HeldSend>> onDueUnseen = due -> { };
    private Instant lastTick;
    private Delays.Pending nextTick;
    private boolean stopped;

    public Outbox(TaskGateway gateway, TaskRunner runner, SendQueue queue, InboxViewModel inbox, OutboxFile file,
                  Delays delays, Clock clock) {
        this.gateway = gateway;
        this.runner = runner;
        this.queue = queue;
        this.inbox = inbox;
        this.file = file;
        this.delays = delays;
        this.clock = clock;
    }

    /** Who asks the rep about sends whose time passed unseen (the app shows a dialog). */
    public void onDueUnseen(Consumer<List<HeldSend>> asker) {
        this.onDueUnseen = asker;
    }

    /** Reads what was held before (off the FX thread); anything already due is asked about, never sent. */
    public void start() {
        runner.run("read the outbox", file::load, loaded -> {
            held.setAll(loaded.held());
            if (!loaded.problem().isBlank()) {
                inbox.warn(loaded.problem());
            }
            Instant now = clock.instant();
            List<HeldSend> due = held.stream().filter(send -> !send.sendAt().isAfter(now)).toList();
            due.forEach(send -> waitingForRep.add(send.taskId()));
            held.forEach(this::markRow);
            lastTick = now;
            schedule();
            if (!due.isEmpty()) {
                onDueUnseen.accept(due);
            }
        }, failure -> inbox.warn("The held sends could not be read. " + GatewayException.userMessageOf(failure)));
    }

    public ObservableList<HeldSend> held() {
        return held;
    }

    public boolean isWaitingForRep(long taskId) {
        return waitingForRep.contains(taskId);
    }

    /** Holds a send until its time; saved first, then told. False when this task is held or on its way already. */
    public boolean hold(HeldSend send) {
        if (find(send.taskId()).isPresent() || queue.isQueued(send.taskId())) {
            inbox.notice(send.who() + "'s task is already held or on its way.");
            return false;
        }
        List<HeldSend> next = new ArrayList<>(held);
        next.add(send);
        save(next, () -> {
            held.add(send);
            markRow(send);
            inbox.notice("Held: " + send.type().label() + " to " + send.who() + " goes " + OutboxText.when(send, clock) + ".");
        }, "The send was not held");
        return true;
    }

    /** Drops a held send; nothing goes. */
    public void cancel(long taskId) {
        find(taskId).ifPresent(send -> remove(send, () -> {
            inbox.find(taskId).ifPresent(row -> row.setActivity(""));
            inbox.notice("Cancelled: nothing goes to " + send.who() + ".");
        }));
    }

    /** Sends it now, after the same checks as at its time. */
    public void sendNow(long taskId) {
        find(taskId).ifPresent(this::release);
    }

    private void tick() {
        if (stopped) {
            return;
        }
        Instant now = clock.instant();
        boolean slept = lastTick != null && Duration.between(lastTick, now).compareTo(GAP) > 0;
        lastTick = now;
        List<HeldSend> unseen = new ArrayList<>();
        for (HeldSend send : List.copyOf(held)) {
            boolean due = !send.sendAt().isAfter(now);
            if (!due || waitingForRep.contains(send.taskId()) || checking.contains(send.taskId())
                    || retryAt.getOrDefault(send.taskId(), Instant.MIN).isAfter(now)) {
                continue;
            }
            if (slept) {
                waitingForRep.add(send.taskId());
                unseen.add(send);
            } else {
                release(send);
            }
        }
        schedule();
        if (!unseen.isEmpty()) {
            onDueUnseen.accept(unseen);
        }
    }

    /** The app is closing: nothing more is looked at or sent by this outbox (what is held stays on disk). */
    public void stop() {
        stopped = true;
        if (nextTick != null) {
            nextTick.cancel();
        }
    }

    private void schedule() {
        if (!stopped) {
            nextTick = delays.after(TICK, this::tick);
        }
    }

    /** The checks just before it goes: the task still New, the prospect still fine to write to. */
    private void release(HeldSend send) {
        checking.add(send.taskId());
        waitingForRep.remove(send.taskId());
        inbox.find(send.taskId()).ifPresent(row -> row.setActivity("Checking before it goes…"));
        runner.run("check held " + send.taskId(), () -> {
            TaskDetail task = gateway.task(send.taskId());
            ContactStanding standing = task.contactId() == null ? null : gateway.contactStanding(task.contactId());
            return new Check(task, standing);
        }, check -> {
            checking.remove(send.taskId());
            Optional<String> stop = check.whyNot();
            if (stop.isPresent()) {
                remove(send, () -> {
                    inbox.find(send.taskId()).ifPresent(row -> row.setActivity("Held send dropped"));
                    inbox.warn("Not sent to " + send.who() + ": " + stop.get() + " The held send was dropped.");
                });
                return;
            }
            remove(send, () -> {
                if (!queue.send(send.taskId(), send.request())) {
                    inbox.notice(send.who() + "'s task was on its way already; the held send was dropped.");
                }
            });
        }, failure -> {
            checking.remove(send.taskId());
            if (failure instanceof GatewayException gone && gone.taskGone()) {
                remove(send, () -> inbox.warn("Not sent to " + send.who() + ": the task is gone from Reply."));
                return;
            }
            // Never sent on an unread check: it stays held and is checked again shortly.
            retryAt.put(send.taskId(), clock.instant().plus(RETRY));
            inbox.find(send.taskId()).ifPresent(row -> row.setActivity("Held: could not check, trying again"));
            inbox.notice("The held send to " + send.who() + " could not be checked, so it waits. "
                    + GatewayException.userMessageOf(failure));
        });
    }

    private record Check(TaskDetail task, ContactStanding standing) {
        Optional<String> whyNot() {
            if (task.status() != TaskStatus.NEW) {
                return Optional.of("Reply has the task as " + task.status().inSentence() + " already.");
            }
            if (standing == null) {
                return Optional.empty();
            }
            return standing.refusal().or(standing::caution).map(why -> why + " Open the task to decide.");
        }
    }

    private void remove(HeldSend send, Runnable then) {
        List<HeldSend> next = new ArrayList<>(held);
        next.removeIf(other -> other.taskId() == send.taskId());
        save(next, () -> {
            held.removeIf(other -> other.taskId() == send.taskId());
            waitingForRep.remove(send.taskId());
            retryAt.remove(send.taskId());
            then.run();
        }, "The outbox could not be saved, so the send stays held");
    }

    private void save(List<HeldSend> next, Runnable saved, String failedWords) {
        List<HeldSend> snapshot = List.copyOf(next);
        runner.run("save the outbox", () -> {
            file.save(snapshot);
            return snapshot;
        }, written -> saved.run(), failure -> inbox.warn(failedWords + ". " + GatewayException.userMessageOf(failure)));
    }

    private void markRow(HeldSend send) {
        // Short: the Status column is narrow ("Held: Wed 09:00", their time when known).
        inbox.find(send.taskId()).ifPresent(row -> row.setActivity("Held: " + OutboxText.shortWhen(send, clock)));
    }

    private Optional<HeldSend> find(long taskId) {
        return held.stream().filter(send -> send.taskId() == taskId).findFirst();
    }
}

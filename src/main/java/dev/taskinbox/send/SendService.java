package dev.taskinbox.send;

import dev.taskinbox.task.Completion;
import dev.taskinbox.common.fx.Delays;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.SendJournal;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import java.time.Duration;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Sends (execute) and completes tasks in the background, and guards against sending twice: a task
 * is never submitted while a call for it is in flight, nor after a send whose outcome is unknown
 * until a fresh read of the task shows it is still New. Lives on the FX thread.
 */
public final class SendService {

    /** Hears about every send and complete; called on the FX thread. */
    public interface Listener {
        /** The call left for Reply. */
        default void started(long taskId) {
        }

        void succeeded(TaskDetail task);

        /** The call failed; when {@code failure.certainlyNotProcessed()} is false a check follows. */
        void failed(long taskId, GatewayException failure);

        /**
         * After an unknown outcome, the server's answer to "what is this task now?", settled on
         * evidence: {@code wentOut} false only when two reads some seconds apart both showed it
         * New, unfinished and not scheduled (then the rep may send it again).
         */
        default void reconciled(TaskDetail task, boolean wentOut) {
        }

        /**
         * Reply refused a send or complete (a 400, or a 404 about something else than the task):
         * the task as Reply has it now, which may be finished already (from the web app, by the
         * sequence, by a teammate).
         */
        default void reread(TaskDetail task) {
        }

        /** The task no longer exists in Reply. */
        default void gone(long taskId) {
        }

        /** After an unknown outcome, the check could not reach the server either; the task stays blocked. */
        default void unresolved(long taskId, GatewayException failure) {
        }

        /** Reply could not be reached and nothing left: the send is held and goes again by itself. */
        default void held(long taskId, GatewayException failure) {
        }
    }

    /** How long a held send waits before it tries again, and how many times it does. */
    public record HoldPolicy(Duration pause, int attempts) {
        public static final HoldPolicy DEFAULT = new HoldPolicy(Duration.ofSeconds(15), 40);
    }

    private final Map<Long, SendRequest> carried = new LinkedHashMap<>();   // each recent send's request, by task
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final SendJournal journal;
    private final HoldPolicy hold;
    private final Map<Long, Held> heldAttempts = new HashMap<>();
    private Delays holdDelays;
    private final Set<Long> inFlight = new HashSet<>();
    private final Readers.Turns turns = new Readers.Turns();
    private final Readers<Listener> readers = new Readers<>(turns);
    private final Reconciler reconciler;

    public SendService(TaskGateway gateway, TaskRunner runner) {
        this(gateway, runner, SendJournal.NONE);
    }

    public SendService(TaskGateway gateway, TaskRunner runner, SendJournal journal) {
        this(gateway, runner, journal, HoldPolicy.DEFAULT);
    }

    public SendService(TaskGateway gateway, TaskRunner runner, SendJournal journal, HoldPolicy hold) {
        this.gateway = gateway;
        this.runner = runner;
        this.journal = journal;
        this.hold = hold;
        this.reconciler = new Reconciler(gateway, runner, journal, readers);
    }

    /**
     * Sends left unfinished by an earlier run (a crash, a kill) are blocked and checked with
     * Reply before anything else may send them.
     */
    public void recoverJournal() {
        for (long taskId : journal.pending()) {
            reconciler.markUnknown(taskId);
            reconciler.reconcile(taskId);
        }
    }

    /**
     * Where the second read of a reconciliation waits: Reply may finish a send a little after it
     * answered (or failed to), so one read showing New is not evidence enough to offer a re-send.
     */
    public void confirmWith(Delays scheduler, Duration gap) {
        reconciler.confirmWith(scheduler, gap);
    }

    /** Hears every outcome after the app's own readers (the queue, the list, the preview). */
    public void addListener(Listener listener) {
        readers.add(Readers.Role.OTHER, listener);
    }

    /** Hears every outcome in its role's turn: the queue, then the list, then the preview. */
    public void addListener(Readers.Role role, Listener listener) {
        readers.add(role, listener);
    }

    /** The line the queue's events wait in too, so that one event reaches every reader before the next. */
    Readers.Turns turns() {
        return turns;
    }

    /** Whether a send or complete of this task may start now. */
    public boolean canSubmit(long taskId) {
        return !inFlight.contains(taskId) && !reconciler.isUnknown(taskId);
    }

    public boolean isInFlight(long taskId) {
        return inFlight.contains(taskId);
    }

    public boolean isOutcomeUnknown(long taskId) {
        return reconciler.isUnknown(taskId);
    }

    /**
     * A fresh read of a task whose send had no clear answer: one that shows it finished settles it;
     * one that shows it New starts (or joins) the two-read check, never clears it on its own.
     */
    public void observed(TaskDetail fresh) {
        reconciler.observed(fresh);
    }

    /** Asks Reply what became of a task whose send had no clear answer; never sends anything itself. */
    public void reconcile(long taskId) {
        reconciler.reconcile(taskId);
    }

    /** Sends the task's email or SMS; false (and nothing sent) when it may not be submitted now. */
    public boolean send(long taskId, SendRequest request) {
        carried.put(taskId, request);
        if (carried.size() > 500) {
            carried.remove(carried.keySet().iterator().next());
        }
        return submit(taskId, "send " + taskId, () -> journalled(taskId, request), () -> send(taskId, request));
    }

    /** What the last send of this task carried (its text and mailbox), for listeners that count by mailbox. */
    public Optional<SendRequest> requestOf(long taskId) {
        return Optional.ofNullable(carried.get(taskId));
    }

    /** True while a send waits for Reply to be reachable again. */
    public boolean isHeld(long taskId) {
        return heldAttempts.containsKey(taskId);
    }

    /**
     * The rep stopped a held send (Esc): it will not go by itself. Listeners hear it failed as
     * cancelled (nothing left the machine; the draft stays). False when it was not held.
     */
    public boolean releaseHeld(long taskId) {
        if (inFlight.contains(taskId) || !heldAttempts.containsKey(taskId)) {
            return false;   // it is going again right now: its answer settles it
        }
        Held stopped = heldAttempts.remove(taskId);
        stopped.next().cancel();
        GatewayException cancelled = new GatewayException(GatewayException.Kind.CANCELLED,
                "You stopped it while Reply could not be reached; nothing went out. Your draft is kept.");
        readers.tell(listener -> listener.failed(taskId, cancelled));
        return true;
    }

    /**
     * Where a send found Reply unreachable waits before it goes again (the FX clock in the app,
     * the test's clock in tests). Until one is given, such a send fails at once instead.
     */
    public void holdWith(Delays scheduler) {
        this.holdDelays = scheduler;
    }

    /** A held send: how many times it went, and its next go, which Esc can call off. */
    private record Held(int attempt, Delays.Pending next) {
    }

    /** Runs on a worker: the journal entry is on disk before the request leaves, and goes once the outcome is known. */
    private TaskDetail journalled(long taskId, SendRequest request) {
        try {
            journal.begin(taskId);
        } catch (RuntimeException cannotRecord) {
            throw new GatewayException(GatewayException.Kind.REFUSED_LOCALLY,
                    "The app could not note the send on disk, so it did not send it. Check the free disk space.",
                    cannotRecord);
        }
        TaskDetail sent;
        try {
            sent = gateway.execute(taskId, request);
        } catch (GatewayException failure) {
            if (failure.certainlyNotProcessed()) {
                journal.end(taskId);
            }
            throw failure;
        }
        journal.end(taskId);
        return sent;
    }

    /** Marks the task done without sending; false when it may not be submitted now. */
    public boolean complete(long taskId) {
        return complete(taskId, Completion.PLAIN);
    }

    /** Marks the task done, with a call's outcome (or null); false when it may not be submitted now. */
    public boolean complete(long taskId, Completion completion) {
        Completion how = completion == null ? Completion.PLAIN : completion;
        carried.remove(taskId);   // a complete sends nothing: no mailbox to count
        return submit(taskId, "complete " + taskId, () -> gateway.complete(taskId, how),
                () -> complete(taskId, how));
    }

    private boolean submit(long taskId, String name, Callable<TaskDetail> call, Runnable again) {
        if (!canSubmit(taskId)) {
            return false;
        }
        inFlight.add(taskId);
        readers.tell(listener -> listener.started(taskId));
        runner.run(name, call, done -> {
            inFlight.remove(taskId);
            heldAttempts.remove(taskId);
            readers.tell(listener -> listener.succeeded(done));
        }, failure -> {
            inFlight.remove(taskId);
            GatewayException classified = classify(failure);
            if (classified.kind() == GatewayException.Kind.NOT_SENT && holdAgain(taskId, again, classified)) {
                return;
            }
            heldAttempts.remove(taskId);
            if (classified.certainlyNotProcessed()) {
                readers.tell(listener -> listener.failed(taskId, classified));
                if (classified.kind() == GatewayException.Kind.REJECTED || classified.kind() == GatewayException.Kind.NOT_FOUND) {
                    reconciler.reread(taskId, classified);
                }
                return;
            }
            // It may have gone out: never offer it again until the server says what happened.
            reconciler.markUnknown(taskId);
            readers.tell(listener -> listener.failed(taskId, classified));
            reconciler.reconcile(taskId);
        });
        return true;
    }

    /**
     * Nothing left the machine, so going again is safe: after a pause on the scheduler (no thread
     * waits), submit again, unless the rep stopped it meanwhile or the attempts are used up (then
     * it fails and the draft stays). Without a scheduler a send is not held at all.
     */
    private boolean holdAgain(long taskId, Runnable again, GatewayException failure) {
        int attempt = heldAttempts.containsKey(taskId) ? heldAttempts.get(taskId).attempt() + 1 : 1;
        if (holdDelays == null || attempt > hold.attempts()) {
            return false;
        }
        heldAttempts.put(taskId, new Held(attempt, holdDelays.after(hold.pause(), () -> {
            if (heldAttempts.containsKey(taskId)) {
                again.run();
            }
        })));
        readers.tell(listener -> listener.held(taskId, failure));
        return true;
    }

    static GatewayException classify(Throwable failure) {
        if (failure instanceof GatewayException known) {
            return known;
        }
        return new GatewayException(GatewayException.Kind.UNKNOWN_OUTCOME,
                "Something went wrong while sending; the app cannot tell whether it went out.", failure);
    }
}

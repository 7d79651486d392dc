package dev.taskinbox.send;

import dev.taskinbox.task.Completion;
import dev.taskinbox.common.fx.Delays;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Everything the rep asked to send or complete passes here: it waits out the undo window (a
 * countdown the rep can stop with Undo), then queues, and at most a few calls are out at once so
 * Esc can still stop whatever has not left. Lives on the FX thread.
 */
public final class SendQueue implements SendService.Listener {
    private static final Duration TICK = Duration.ofSeconds(1);

    /** Hears about the queue, on the FX thread. */
    public interface Listener {
        /** The task waits in its undo window; {@code secondsLeft} counts down to 0. */
        void countingDown(long taskId, int secondsLeft);

        /** The undo window is over; the task waits its turn to leave. */
        void waiting(long taskId);

        /** Undone or cancelled before it left: nothing was sent. */
        void withdrawn(long taskId);

        /** How the current run is going. */
        void progress(Progress progress);
    }

    /** A run: everything queued since the queue was last empty. */
    public record Progress(int done, int failed, int remaining) {
        public int total() {
            return done + failed + remaining;
        }
    }

    /** A task waiting its turn; {@code leave} hands it to the service, false when the service refused it. */
    private record Item(long taskId, BooleanSupplier leave) {
    }

    private final SendService sender;
    private final Delays delays;
    private final Supplier<Duration> undoWindow;
    private final int maxOut;
    private final Map<Long, Countdown> counting = new LinkedHashMap<>();
    private final Deque<Item> waiting = new ArrayDeque<>();
    private final Set<Long> out = new HashSet<>();
    /** Left, found Reply unreachable, and held by the service to go again by itself. */
    private final Set<Long> held = new HashSet<>();
    private final Deque<Long> undoOrder = new ArrayDeque<>();
    private final Readers<Listener> readers;
    private int done;
    private int failed;
    /** True while {@link #sendAll} queues: progress is told once, at the end. */
    private boolean batching;

    public SendQueue(SendService sender, Delays delays, Supplier<Duration> undoWindow, int maxOut) {
        this.sender = sender;
        this.delays = delays;
        this.undoWindow = undoWindow;
        this.maxOut = maxOut;
        this.readers = new Readers<>(sender.turns());
        sender.addListener(Readers.Role.QUEUE, this);
    }

    /** The service beneath: the guard, the journal and the reconciliation the queue hands tasks to. */
    public SendService service() {
        return sender;
    }

    /** Hears the queue's own events after the app's readers (the list, then the preview). */
    public void addListener(Listener listener) {
        readers.add(Readers.Role.OTHER, listener);
    }

    /** Hears the queue's own events in its role's turn. */
    public void addListener(Readers.Role role, Listener listener) {
        readers.add(role, listener);
    }

    /** Queues a send; false when the task is already queued, out, or may not be sent now. */
    public boolean send(long taskId, SendRequest request) {
        return enqueue(taskId, () -> sender.send(taskId, request));
    }

    /**
     * Queues many sends in their order, telling listeners the run's progress once at the end
     * rather than per task (a bulk Send of hundreds stays one short frame). Returns how many were queued.
     */
    public int sendAll(Map<Long, SendRequest> requests) {
        int queued = 0;
        batching = true;
        try {
            for (Map.Entry<Long, SendRequest> entry : requests.entrySet()) {
                queued += send(entry.getKey(), entry.getValue()) ? 1 : 0;
            }
        } finally {
            batching = false;
        }
        report();
        return queued;
    }

    /** Queues a complete with a call's outcome (or null); false when already queued, out, or not allowed now. */
    public boolean complete(long taskId, Completion completion) {
        return enqueue(taskId, () -> sender.complete(taskId, completion));
    }

    /** True from the moment a task is queued until its call has an answer. */
    public boolean isQueued(long taskId) {
        return counting.containsKey(taskId) || out.contains(taskId) || held.contains(taskId)
                || waiting.stream().anyMatch(i -> i.taskId() == taskId);
    }

    /** Takes a task back before it leaves; false when it already left (or was never queued). */
    public boolean undo(long taskId) {
        Countdown countdown = counting.remove(taskId);
        boolean removed = countdown != null;
        if (countdown != null) {
            countdown.stop();
        } else {
            removed = waiting.removeIf(item -> item.taskId() == taskId);
        }
        if (removed) {
            undoOrder.remove(taskId);
            readers.tell(listener -> listener.withdrawn(taskId));
            report();
        }
        return removed;
    }

    /** Ctrl+Z: takes back the most recently queued task that has not left yet. */
    public Optional<Long> undoLast() {
        while (!undoOrder.isEmpty()) {
            long taskId = undoOrder.pollLast();
            if (undo(taskId)) {
                return Optional.of(taskId);
            }
        }
        return Optional.empty();
    }

    /** Esc: takes back everything that has not left and stops held sends; what is out already finishes. */
    public int cancelPending() {
        List<Long> pending = new ArrayList<>(counting.keySet());
        waiting.forEach(item -> pending.add(item.taskId()));
        pending.forEach(this::undo);
        // Held sends wait for Reply to answer; stopping them is the rep's call too (the service says so).
        int stoppedHeld = 0;
        for (long taskId : new ArrayList<>(held)) {
            stoppedHeld += sender.releaseHeld(taskId) ? 1 : 0;
        }
        return pending.size() + stoppedHeld;
    }

    public Progress progress() {
        return new Progress(done, failed, counting.size() + waiting.size() + out.size() + held.size());
    }

    private boolean enqueue(long taskId, BooleanSupplier leave) {
        if (isQueued(taskId) || !sender.canSubmit(taskId)) {
            return false;
        }
        if (counting.isEmpty() && waiting.isEmpty() && out.isEmpty() && held.isEmpty()) {
            done = 0;
            failed = 0;
        }
        undoOrder.addLast(taskId);
        int seconds = (int) Math.max(0, undoWindow.get().toSeconds());
        if (seconds == 0) {
            waiting.addLast(new Item(taskId, leave));
            readers.tell(listener -> listener.waiting(taskId));
            pump();   // reports
        } else {
            Countdown countdown = new Countdown(new Item(taskId, leave), seconds);
            counting.put(taskId, countdown);
            countdown.tick();
            report();
        }
        return true;
    }

    /** Lets waiting tasks leave while fewer than {@code maxOut} calls are out. */
    private void pump() {
        while (out.size() < maxOut && !waiting.isEmpty()) {
            Item next = waiting.pollFirst();
            undoOrder.remove(next.taskId());
            out.add(next.taskId());
            if (!next.leave().getAsBoolean()) {
                // The service refused it (blocked meanwhile): it never left.
                out.remove(next.taskId());
                failed++;
                readers.tell(listener -> listener.withdrawn(next.taskId()));
            }
        }
        report();
    }

    private void report() {
        if (batching) {
            return;
        }
        Progress now = progress();
        readers.tell(listener -> listener.progress(now));
    }

    private void settled(long taskId, boolean success) {
        boolean wasHeld = held.remove(taskId);
        if (out.remove(taskId) || wasHeld) {
            if (success) {
                done++;
            } else {
                failed++;
            }
            pump();
        }
    }

    // ---- What the service says about calls that left -------------------------------------------

    @Override
    public void succeeded(TaskDetail task) {
        settled(task.id(), true);
    }

    @Override
    public void failed(long taskId, GatewayException failure) {
        if (failure.certainlyNotProcessed()) {
            settled(taskId, false);
        }
        // Otherwise Reply is asked what happened; reconciled() or unresolved() settles it.
    }

    @Override
    public void reconciled(TaskDetail task, boolean wentOut) {
        settled(task.id(), wentOut);
    }

    @Override
    public void unresolved(long taskId, GatewayException failure) {
        settled(taskId, false);
    }

    @Override
    public void held(long taskId, GatewayException failure) {
        // Still ours: the service sends it again by itself; free the slot for the others meanwhile.
        if (out.remove(taskId)) {
            held.add(taskId);
            pump();
        }
    }

    /** One task's undo window, ticking once a second. */
    private final class Countdown {
        private final Item item;
        private int secondsLeft;
        private Delays.Pending next;

        Countdown(Item item, int seconds) {
            this.item = item;
            this.secondsLeft = seconds;
        }

        void tick() {
            if (secondsLeft == 0) {
                counting.remove(item.taskId());
                waiting.addLast(item);
                readers.tell(listener -> listener.waiting(item.taskId()));
                pump();
                return;
            }
            readers.tell(listener -> listener.countingDown(item.taskId(), secondsLeft));
            secondsLeft--;
            next = delays.after(TICK, this::tick);
        }

        void stop() {
            if (next != null) {
                next.cancel();
            }
        }
    }
}

package dev.taskinbox.send;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one path a send event takes to the screens: every event is told to its readers in a fixed
 * order, by their role, whatever order they were wired in. The whole route of a Send is written
 * down in this package's {@code package-info}.
 *
 * @param <L> what the readers hear ({@link SendService.Listener} or {@link SendQueue.Listener})
 */
public final class Readers<L> {

    /** Who reads, in the order they are told. */
    public enum Role {
        /** The send queue first: it frees the task's slot and counts the run, so all after it read settled state. */
        QUEUE,
        /** Then the list: the row's status and activity, the notice, the run's progress. */
        LIST,
        /** Then the preview: the shown task, the rep's draft, whether Send is open again. */
        PREVIEW,
        /** Last, anything else (tests, tools). */
        OTHER
    }

    private final Map<Role, List<L>> byRole = new EnumMap<>(Role.class);
    private final Turns turns;

    /** Readers whose events take turns with those of every other {@code Readers} sharing {@code turns}. */
    Readers(Turns turns) {
        this.turns = turns;
        for (Role role : Role.values()) {
            byRole.put(role, new CopyOnWriteArrayList<>());
        }
    }

    public void add(Role role, L reader) {
        byRole.get(role).add(reader);
    }

    /**
     * Tells every reader, role by role in {@link Role} order. An event raised while another is
     * being told (the queue sending the next task as one settles) waits its turn: every reader
     * hears one event before any hears the next.
     */
    void tell(Consumer<L> event) {
        turns.take(() -> {
            for (Role role : Role.values()) {
                byRole.get(role).forEach(event);
            }
        });
    }

    /** The one line events wait in, shared by the service's and the queue's readers (FX thread only). */
    static final class Turns {
        private final Deque<Runnable> waiting = new ArrayDeque<>();
        private boolean telling;

        void take(Runnable telling) {
            waiting.addLast(telling);
            if (this.telling) {
                return;
            }
            this.telling = true;
            RuntimeException first = null;
            try {
                for (Runnable next = waiting.pollFirst(); next != null; next = waiting.pollFirst()) {
                    try {
                        next.run();
                    } catch (RuntimeException failure) {
                        // One reader's fault must not keep the others from hearing what happened.
                        if (first == null) {
                            first = failure;
                        } else {
                            first.addSuppressed(failure);
                        }
                    }
                }
            } finally {
                this.telling = false;
            }
            if (first != null) {
                throw first;
            }
        }
    }
}

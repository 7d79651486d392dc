package dev.taskinbox.support;

import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import java.time.Duration;

/** Send queues for tests that look at what happens once a send leaves, not at its undo window. */
public final class Queues {
    private Queues() {
    }

    /** No undo window, four out at a time (as the app): a send leaves as soon as it is queued. */
    public static SendQueue withoutUndo(SendService service) {
        return new SendQueue(service, new ManualDelays(), () -> Duration.ZERO, 4);
    }
}

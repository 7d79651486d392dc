package dev.taskinbox.api;

import dev.taskinbox.task.GatewayException;

/**
 * Holds every call after a 401 until the rep has given a new key (the calls then go again: a 401
 * means nothing was processed) or has declined (the calls then fail as unauthorized, and later
 * 401s with the same key fail at once instead of asking again).
 */
final class KeyGate {
    private final Runnable onClosed;
    private boolean closed;
    private int generation;
    private int declinedGeneration = -1;

    /** @param onClosed told once each time the gate closes, to ask the rep for a key */
    KeyGate(Runnable onClosed) {
        this.onClosed = onClosed;
    }

    /** The key generation a call is about to use. */
    synchronized int generation() {
        return generation;
    }

    /**
     * A call with key generation {@code used} got a 401: waits for a newer key. Returns true when
     * one came (go again), false when the rep declined.
     */
    boolean awaitNewKey(int used) {
        boolean ask = false;
        synchronized (this) {
            if (generation != used) {
                return true;   // a new key arrived while this call was out
            }
            if (declinedGeneration == used) {
                return false;
            }
            if (!closed) {
                closed = true;
                ask = true;
            }
        }
        if (ask) {
            onClosed.run();
        }
        synchronized (this) {
            try {
                while (closed && generation == used) {
                    wait();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                throw new GatewayException(GatewayException.Kind.CANCELLED, "The request was dropped while waiting for a key.");
            }
            return generation != used;
        }
    }

    synchronized void newKey() {
        generation++;
        closed = false;
        notifyAll();
    }

    synchronized void declined() {
        declinedGeneration = generation;
        closed = false;
        notifyAll();
    }
}

package dev.taskinbox.api;

import dev.taskinbox.task.GatewayException.Kind;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed call may be repeated by the app on its own. Reads are safe to repeat; anything
 * that changes Reply (above all execute, which sends a real message) is repeated only when the
 * request provably never reached the server. A 429 means "not processed" for every call, and is
 * handled by the budget, not here.
 */
enum RetryPolicy {
    /** GET and filter: repeat after any failure that might be passing. */
    READ {
        @Override
        boolean retries(Kind kind) {
            return kind == Kind.NOT_SENT || kind == Kind.SERVER_ERROR || kind == Kind.UNKNOWN_OUTCOME;
        }
    },
    /** Execute, complete, update: repeat only what never left the machine. */
    WRITE {
        @Override
        boolean retries(Kind kind) {
            return kind == Kind.NOT_SENT;
        }
    };

    static final int MAX_TRIES = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

    abstract boolean retries(Kind kind);

    /** Capped exponential backoff with jitter (half to full), so many clients do not retry in step. */
    static Duration backoff(int failedTries) {
        long cap = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(failedTries - 1, 10));
        long jittered = cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
        return Duration.ofMillis(jittered);
    }
}

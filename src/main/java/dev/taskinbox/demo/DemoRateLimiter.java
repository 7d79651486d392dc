package dev.taskinbox.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** A sliding-window request limit, like Reply's per-user limit; answers how long to wait when over it. */
final class DemoRateLimiter {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> accepted = new ArrayDeque<>();

    DemoRateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts the request and returns empty, or returns how long until one more would fit. */
    synchronized Optional<Duration> admit() {
        if (limit <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        while (!accepted.isEmpty() && !accepted.peekFirst().isAfter(now.minus(window))) {
            accepted.removeFirst();
        }
        if (accepted.size() < limit) {
            accepted.addLast(now);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, accepted.peekFirst().plus(window)));
    }
}

package dev.taskinbox.task;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of the request budget, for the status bar and for ETAs.
 *
 * @param queued       requests waiting, per lane
 * @param usedInWindow requests made in the current shortest window (e.g. the last minute)
 * @param windowLimit  the limit of that window (e.g. 100)
 * @param nextFreeSlot when the next request may leave (now when a slot is free)
 * @param pausedUntil  when a 429 pause ends, or null when not paused
 */
public record BudgetState(Map<Priority, Integer> queued, int usedInWindow, int windowLimit, Instant nextFreeSlot,
                          Instant pausedUntil) {
    public BudgetState {
        queued = Map.copyOf(queued);
    }

    public int totalQueued() {
        return queued.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package dev.taskinbox.support;

import dev.taskinbox.common.fx.Delays;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Delays that fire only when the test moves time on. */
public final class ManualDelays implements Delays {
    private final List<Scheduled> scheduled = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private final class Scheduled implements Pending {
        final Duration at;
        final Runnable action;
        boolean cancelled;

        Scheduled(Duration at, Runnable action) {
            this.at = at;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Pending after(Duration delay, Runnable action) {
        Scheduled entry = new Scheduled(now.plus(delay), action);
        scheduled.add(entry);
        return entry;
    }

    /** Moves time on, firing what falls due, in order (actions may schedule more). */
    public void advance(Duration by) {
        Duration until = now.plus(by);
        while (true) {
            Scheduled next = scheduled.stream().filter(s -> !s.cancelled && s.at.compareTo(until) <= 0)
                    .min((a, b) -> a.at.compareTo(b.at)).orElse(null);
            if (next == null) {
                break;
            }
            scheduled.remove(next);
            now = next.at;
            next.action.run();
        }
        now = until;
    }
}

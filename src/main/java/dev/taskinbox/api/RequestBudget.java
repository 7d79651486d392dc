package dev.taskinbox.api;

import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.Priority;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one budget every request to Reply waits in. Reply allows 100 requests a minute and 3,000 an
 * hour per user and publishes no remaining-quota headers, so the app counts for itself: a request
 * leaves only while every window has room, lanes are served in {@link Priority} order (FIFO
 * within a lane), and a 429 pauses everything until its {@code Retry-After}.
 *
 * <p>The scheduling itself ({@link #enqueue}, {@link #grantDue}, {@link #nextGrantAt}) never
 * blocks and reads time only from the given clock, so it is tested on a fake clock;
 * {@link #acquire} is the blocking wrapper the gateway uses.
 */
public final class RequestBudget {

    /** At most {@code count} requests in any {@code window}. */
    public record Limit(int count, Duration window) {
    }

    /** Reply's documented v3 limits. */
    public static final List<Limit> REPLY_LIMITS = List.of(
            new Limit(100, Duration.ofMinutes(1)), new Limit(3000, Duration.ofHours(1)));

    /** A place in a lane; granted once, or cancelled. */
    public static final class Ticket {
        private final Priority lane;
        private boolean granted;
        private boolean cancelled;

        private Ticket(Priority lane) {
            this.lane = lane;
        }

        public Priority lane() {
            return lane;
        }
    }

    private final List<Limit> limits;
    private final Duration longestWindow;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Priority, Deque<Ticket>> lanes = new EnumMap<>(Priority.class);
    /** When each granted request left, oldest first, kept for the longest window. */
    private final Deque<Instant> sent = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;

    public RequestBudget(List<Limit> limits, Clock clock) {
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("A budget needs at least one limit.");
        }
        this.limits = List.copyOf(limits);
        this.longestWindow = limits.stream().map(Limit::window).max(Duration::compareTo).orElseThrow();
        this.clock = clock;
        for (Priority lane : Priority.values()) {
            lanes.put(lane, new ArrayDeque<>());
        }
    }

    public static RequestBudget forReply(Clock clock) {
        return new RequestBudget(REPLY_LIMITS, clock);
    }

    // ---- Scheduling (non-blocking) ------------------------------------------------------------

    /** Joins the end of a lane. */
    public Ticket enqueue(Priority lane) {
        return enqueue(lane, false);
    }

    /** Joins a lane; {@code first} puts it at the front (a request sent back by a 429 keeps its turn). */
    public Ticket enqueue(Priority lane, boolean first) {
        lock.lock();
        try {
            Ticket ticket = new Ticket(lane);
            if (first) {
                lanes.get(lane).addFirst(ticket);
            } else {
                lanes.get(lane).addLast(ticket);
            }
            changed.signalAll();
            return ticket;
        } finally {
            lock.unlock();
        }
    }

    /** Grants, in lane order, as many waiting tickets as the windows allow now; returns them. */
    public List<Ticket> grantDue() {
        lock.lock();
        try {
            List<Ticket> granted = new ArrayList<>();
            Instant now = clock.instant();
            forget(now);
            Ticket next = head();
            while (next != null && freeAt(now).compareTo(now) <= 0) {
                lanes.get(next.lane).removeFirst();
                next.granted = true;
                sent.addLast(now);
                granted.add(next);
                next = head();
            }
            if (!granted.isEmpty()) {
                changed.signalAll();
            }
            return granted;
        } finally {
            lock.unlock();
        }
    }

    /** When the next waiting ticket could be granted; empty when nobody waits. */
    public Optional<Instant> nextGrantAt() {
        lock.lock();
        try {
            return head() == null ? Optional.empty() : Optional.of(freeAt(clock.instant()));
        } finally {
            lock.unlock();
        }
    }

    /** Drops a waiting ticket; a granted one stays granted (its request may already be out). */
    public void cancel(Ticket ticket) {
        lock.lock();
        try {
            if (!ticket.granted) {
                ticket.cancelled = true;
                lanes.get(ticket.lane).remove(ticket);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Drops every waiting ticket of a lane (e.g. all prefetches when the rep jumps elsewhere). */
    public int cancelLane(Priority lane) {
        lock.lock();
        try {
            int dropped = 0;
            for (Iterator<Ticket> it = lanes.get(lane).iterator(); it.hasNext(); dropped++) {
                it.next().cancelled = true;
                it.remove();
            }
            changed.signalAll();
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** Reply said 429: nothing leaves until {@code retryAfter} from now. */
    public void pause(Duration retryAfter) {
        lock.lock();
        try {
            Instant until = clock.instant().plus(retryAfter);
            if (until.isAfter(pausedUntil)) {
                pausedUntil = until;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public BudgetState state() {
        lock.lock();
        try {
            Instant now = clock.instant();
            forget(now);
            Map<Priority, Integer> queued = new EnumMap<>(Priority.class);
            lanes.forEach((lane, waiting) -> queued.put(lane, waiting.size()));
            Limit shortest = limits.stream().min((a, b) -> a.window().compareTo(b.window())).orElseThrow();
            return new BudgetState(queued, countSince(now.minus(shortest.window())), shortest.count(), freeAt(now),
                    pausedUntil.isAfter(now) ? pausedUntil : null);
        } finally {
            lock.unlock();
        }
    }

    // ---- Blocking --------------------------------------------------------------------------------

    /**
     * Waits for a turn in {@code lane}. Interrupting the waiting thread drops the ticket and fails
     * with {@code CANCELLED}: the request never left.
     */
    public void acquire(Priority lane, boolean first) {
        Ticket ticket = enqueue(lane, first);
        lock.lock();
        try {
            while (true) {
                grantDue();
                if (ticket.granted) {
                    return;
                }
                if (ticket.cancelled) {
                    throw cancelled();
                }
                Optional<Instant> wake = nextGrantAt();
                long nanos = wake.map(at -> Duration.between(clock.instant(), at).toNanos()).orElse(Long.MAX_VALUE);
                changed.awaitNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(1), nanos));
            }
        } catch (InterruptedException interrupted) {
            cancel(ticket);
            if (ticket.granted) {
                Thread.currentThread().interrupt();
                return;
            }
            Thread.currentThread().interrupt();
            throw cancelled();
        } finally {
            lock.unlock();
        }
    }

    private static GatewayException cancelled() {
        return new GatewayException(GatewayException.Kind.CANCELLED, "The request was dropped before it left.");
    }

    // ---- Internals (lock held) -------------------------------------------------------------------

    private Ticket head() {
        for (Deque<Ticket> lane : lanes.values()) {
            if (!lane.isEmpty()) {
                return lane.peekFirst();
            }
        }
        return null;
    }

    /** The earliest instant at which one more request fits every window and no pause holds. */
    private Instant freeAt(Instant now) {
        Instant free = pausedUntil.isAfter(now) ? pausedUntil : now;
        for (Limit limit : limits) {
            int used = countSince(now.minus(limit.window()));
            if (used >= limit.count()) {
                // The window frees up when the oldest request that still counts in it drops out.
                Instant oldestCounted = nth(sent.size() - limit.count());
                Instant opens = oldestCounted.plus(limit.window());
                if (opens.isAfter(free)) {
                    free = opens;
                }
            }
        }
        return free;
    }

    private int countSince(Instant since) {
        int count = 0;
        for (Iterator<Instant> it = sent.descendingIterator(); it.hasNext(); ) {
            if (!it.next().isAfter(since)) {
                break;
            }
            count++;
        }
        return count;
    }

    private Instant nth(int index) {
        Iterator<Instant> it = sent.iterator();
        for (int i = 0; i < index; i++) {
            it.next();
        }
        return it.next();
    }

    private void forget(Instant now) {
        Instant horizon = now.minus(longestWindow);
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(horizon)) {
            sent.removeFirst();
        }
    }
}

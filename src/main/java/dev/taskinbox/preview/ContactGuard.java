package dev.taskinbox.preview;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.ContactStanding;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Whether the prospect of a task may be written to now: opted out (never), replied or bounced in a
 * sequence (only deliberately), or unknown because Reply could not say (a warning, never a silent
 * "fine"). Each contact is read at most once every {@link #FRESH} (a reply can come any minute,
 * but a rep clearing a queue should not pay a request per keystroke). Reads go through the request
 * budget like every other call.
 */
final class ContactGuard {
    /** How long an answer stands. A guess at the balance between fresh and frugal, not a Reply rule. */
    static final Duration FRESH = Duration.ofMinutes(2);

    /** What the guard says about one prospect. */
    record Verdict(Kind kind, String text) {
        enum Kind { CHECKING, CLEAR, CAUTION, REFUSED, UNKNOWN }

        static final Verdict CHECKING = new Verdict(Kind.CHECKING, "Checking whether they replied or opted out…");
        static final Verdict CLEAR = new Verdict(Kind.CLEAR, "");

        static Verdict of(ContactStanding standing) {
            if (standing.refusal().isPresent()) {
                return new Verdict(Kind.REFUSED, standing.refusal().get());
            }
            if (standing.caution().isPresent()) {
                return new Verdict(Kind.CAUTION, standing.caution().get());
            }
            return standing.sequencesKnown() ? CLEAR
                    : new Verdict(Kind.UNKNOWN, "Reply could not say whether they replied (only that they did not opt out).");
        }

        static Verdict failed(Throwable failure) {
            return new Verdict(Kind.UNKNOWN, "Could not check whether they replied or opted out. "
                    + GatewayException.userMessageOf(failure));
        }
    }

    private record Answer(Verdict verdict, Instant at) {
    }

    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final Clock clock;
    /** Written by the FX thread and by the pre-flight's worker. */
    private final Map<Long, Answer> answers = new ConcurrentHashMap<>();
    /** FX thread only: who waits for a read that is out. */
    private final Map<Long, List<Consumer<Verdict>>> waiting = new HashMap<>();

    ContactGuard(TaskGateway gateway, TaskRunner runner, Clock clock) {
        this.gateway = gateway;
        this.runner = runner;
        this.clock = clock;
    }

    /** The fresh answer about this contact, or empty when it must be read (again). */
    java.util.Optional<Verdict> known(long contactId) {
        Answer answer = answers.get(contactId);
        return answer == null || answer.at().plus(FRESH).isBefore(clock.instant())
                ? java.util.Optional.empty() : java.util.Optional.of(answer.verdict());
    }

    /** On the FX thread: tells {@code then} the verdict, at once when fresh, else once read (one read per contact at a time). */
    void check(long contactId, Consumer<Verdict> then) {
        java.util.Optional<Verdict> fresh = known(contactId);
        if (fresh.isPresent()) {
            then.accept(fresh.get());
            return;
        }
        List<Consumer<Verdict>> queue = waiting.get(contactId);
        if (queue != null) {
            queue.add(then);
            return;
        }
        waiting.put(contactId, new ArrayList<>(List.of(then)));
        runner.run("contact standing " + contactId, () -> Verdict.of(gateway.contactStanding(contactId)),
                verdict -> settle(contactId, verdict, true), failure -> settle(contactId, Verdict.failed(failure), false));
    }

    /** On a worker (the bulk pre-flight): the verdict, read now unless fresh. */
    Verdict readNow(long contactId) {
        return known(contactId).orElseGet(() -> {
            Verdict verdict;
            try {
                verdict = Verdict.of(gateway.contactStanding(contactId));
            } catch (RuntimeException failure) {
                return Verdict.failed(failure);
            }
            answers.put(contactId, new Answer(verdict, clock.instant()));
            return verdict;
        });
    }

    private void settle(long contactId, Verdict verdict, boolean keep) {
        if (keep) {
            answers.put(contactId, new Answer(verdict, clock.instant()));
        }
        // A failed read is not kept: the next look asks again.
        List<Consumer<Verdict>> told = waiting.remove(contactId);
        if (told != null) {
            told.forEach(then -> then.accept(verdict));
        }
    }
}

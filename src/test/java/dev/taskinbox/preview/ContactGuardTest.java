package dev.taskinbox.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.Queues;
import dev.taskinbox.task.ContactStanding;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Before anything goes to a prospect, what Reply says about them decides: opted out, replied, bounced, or unknown. */
class ContactGuardTest {
    private static final long OPTED_OUT = 21;
    private static final long REPLIED = 22;
    private static final long BOUNCED = 23;
    private static final long CLEAR = 24;

    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private PreviewViewModel preview;

    @BeforeEach
    void prospects() {
        gateway.add(about(1, OPTED_OUT)).add(about(2, REPLIED)).add(about(3, BOUNCED)).add(about(4, CLEAR));
        gateway.standings.put(OPTED_OUT, new ContactStanding(true, List.of(), true));
        gateway.standings.put(REPLIED, new ContactStanding(false,
                List.of(new ContactStanding.InSequence(301, "Outbound Q4", true, false)), true));
        gateway.standings.put(BOUNCED, new ContactStanding(false,
                List.of(new ContactStanding.InSequence(302, "Event follow-up", false, true)), true));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        preview = new PreviewViewModel(gateway, runner, Queues.withoutUndo(new SendService(gateway, runner)));
        preview.senders().load();
    }

    /** An SMS (no sender to pick) to the given contact. */
    private static TaskDetail about(long id, long contactId) {
        TaskDetail t = FakeTaskGateway.task(id, TaskType.SMS, null);
        return new TaskDetail(t.id(), t.type(), t.status(), t.linkedInAction(), contactId, t.sequenceId(), t.stepName(),
                t.startAt(), t.dueTo(), t.finishedAt(), t.failed(), t.scheduled(), t.template(), t.content(), t.target());
    }

    private static TaskSummary summary(long id) {
        return new TaskSummary(id, TaskType.SMS, TaskStatus.NEW, null, "Ann", null, null, null, null, false);
    }

    @Test
    void anOptedOutProspectIsNeverSentToNotEvenAnyway() {
        preview.show(summary(1));

        assertThat(preview.gate().blockedReasonProperty().get()).isEqualTo("Not sent: They opted out: Reply must not write to them.");
        assertThat(preview.gate().sendAnywayOfferedProperty().get()).isFalse();
        assertThat(preview.sendOrComplete()).isFalse();
        assertThat(preview.sendAnyway()).isFalse();
        assertThat(gateway.calls).doesNotContain("execute 1");
    }

    @Test
    void aProspectWhoRepliedIsSentToOnlyWithTheDeliberateKeyAndThenOnce() {
        preview.show(summary(2));

        assertThat(preview.gate().blockedReasonProperty().get())
                .isEqualTo("They replied in Outbound Q4. Ctrl+Shift+Enter sends it anyway.");
        assertThat(preview.sendOrComplete()).isFalse();
        assertThat(preview.gate().sendAnywayOfferedProperty().get()).isTrue();

        assertThat(preview.sendAnyway()).isTrue();

        assertThat(gateway.calls).filteredOn("execute 2"::equals).hasSize(1);
        assertThat(preview.gate().sendAnywayOfferedProperty().get()).isFalse();
    }

    @Test
    void aBounceIsNamedWithItsSequence() {
        preview.show(summary(3));

        assertThat(preview.gate().blockedReasonProperty().get()).startsWith("Their email bounced in Event follow-up.");
    }

    @Test
    void aFailedReadWarnsAndIsAskedAgainNextTimeNeverTakenForFine() {
        gateway.standingFailure = new GatewayException(GatewayException.Kind.NOT_SENT, "Could not reach Reply.");

        preview.show(summary(4));

        assertThat(preview.gate().warningProperty().get()).startsWith("Could not check whether they replied or opted out.");
        assertThat(preview.gate().blockedReasonProperty().get()).as("a single send may go, with the warning in view").isEmpty();
        gateway.standingFailure = null;
        preview.show(summary(1));
        preview.show(summary(4));
        assertThat(gateway.calls).filteredOn(("contact standing " + CLEAR)::equals).hasSize(2);
        assertThat(preview.gate().warningProperty().get()).isEmpty();
    }

    @Test
    void aStandingIsReadOncePerContactUntilItIsStale() {
        Instant[] now = {Instant.parse("2026-12-01T10:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        ContactGuard guard = new ContactGuard(gateway, new SameThreadTaskRunner(), clock);
        List<ContactGuard.Verdict> told = new java.util.ArrayList<>();

        guard.check(REPLIED, told::add);
        guard.check(REPLIED, told::add);
        now[0] = now[0].plus(ContactGuard.FRESH).plusSeconds(1);
        guard.check(REPLIED, told::add);

        assertThat(gateway.calls).filteredOn(("contact standing " + REPLIED)::equals).hasSize(2);
        assertThat(told).extracting(ContactGuard.Verdict::kind).containsOnly(ContactGuard.Verdict.Kind.CAUTION);
    }

    @Test
    void aBulkRunKeepsOutEveryoneTheGuardStopsWithTheReasonAndNoOneElse() {
        gateway.add(about(5, 25));
        gateway.failOn.put("contact standing 25", new GatewayException(GatewayException.Kind.SERVER_ERROR, "Reply had a problem."));
        BulkPlan[] plan = new BulkPlan[1];

        preview.bulk().run(List.of(1L, 2L, 3L, 4L, 5L), ready -> plan[0] = ready);

        assertThat(plan[0].of(BulkPlan.Entry.Kind.SEND)).extracting(BulkPlan.Entry::taskId).containsExactly(4L);
        assertThat(plan[0].of(BulkPlan.Entry.Kind.BLOCKED)).extracting(BulkPlan.Entry::taskId, BulkPlan.Entry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "They opted out: Reply must not write to them."),
                        org.assertj.core.groups.Tuple.tuple(2L,
                                "They replied in Outbound Q4. To send it anyway, open it and press Ctrl+Shift+Enter."),
                        org.assertj.core.groups.Tuple.tuple(3L,
                                "Their email bounced in Event follow-up. To send it anyway, open it and press Ctrl+Shift+Enter."),
                        org.assertj.core.groups.Tuple.tuple(5L,
                                "Could not check whether they replied or opted out. Reply had a problem."));
    }

    @Test
    void aMessageArrivingOutsideTheirWorkingHoursIsSaidAndMayStillGo() {
        gateway.contactZone = "Asia/Tokyo";
        // Monday 09:00 UTC is 18:00 in Tokyo: closed.
        preview.prospect().useClock(Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("UTC")));

        preview.show(summary(4));

        assertThat(preview.gate().warningProperty().get()).isEqualTo("It is Mon 18:00 where they are, outside working hours.");
        assertThat(preview.gate().blockedReasonProperty().get()).isEmpty();

        // 01:00 UTC is 10:00 there.
        preview.prospect().useClock(Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), ZoneId.of("UTC")));
        preview.show(summary(1));
        preview.show(summary(4));
        assertThat(preview.gate().warningProperty().get()).isEmpty();
    }

    @Test
    void aBulkRunNamesWhatWouldArriveOutsideWorkingHoursAndStillSendsIt() {
        gateway.contactZone = "Pacific/Tongatapu";
        // Friday 22:00 UTC is Saturday 11:00 in Tonga.
        preview.prospect().useClock(Clock.fixed(Instant.parse("2026-12-04T22:00:00Z"), ZoneId.of("UTC")));
        BulkPlan[] plan = new BulkPlan[1];

        preview.bulk().run(List.of(4L), ready -> plan[0] = ready);

        assertThat(plan[0].of(BulkPlan.Entry.Kind.SEND)).extracting(BulkPlan.Entry::taskId).containsExactly(4L);
        assertThat(plan[0].noted()).extracting(BulkPlan.Entry::reason)
                .containsExactly("It is Sat 11:00 where they are, outside working hours.");
    }
}

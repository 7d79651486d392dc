package dev.taskinbox.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** F's proposal on a fixed clock: three working days later, 09:00 where the prospect is. */
class FollowUpPlanTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aFridayFollowUpIsDueOnWednesdayAtNineTheirTime() {
        Clock friday = Clock.fixed(Instant.parse("2026-12-04T15:00:00Z"), BERLIN);
        NewTask task = FollowUpPlan.propose(FakeTaskGateway.task(1, TaskType.CALL, null), ZoneId.of("America/New_York"), friday);

        assertThat(task.type()).isEqualTo(TaskType.CALL);
        assertThat(task.dueTo()).isEqualTo(Instant.parse("2026-12-09T14:00:00Z"));   // 09:00 in New York
        assertThat(task.startAt()).isBefore(task.dueTo());
        assertThat(task.contactId()).isEqualTo(1L);
        assertThat(task.subject()).isEmpty();
    }

    @Test
    void aZoneThirteenHoursAheadCountsFromTheirDateNotOurs() {
        // 12:00 UTC on Friday is already 01:00 on Saturday in Auckland (+13 in December).
        Clock friday = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), BERLIN);
        assertThat(FollowUpPlan.dueDay(friday, ZoneId.of("Pacific/Auckland"))).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(FollowUpPlan.dueDay(friday, BERLIN)).isEqualTo(LocalDate.of(2026, 12, 9));
        Clock thursday = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), BERLIN);
        assertThat(FollowUpPlan.dueDay(thursday, ZoneId.of("Pacific/Auckland"))).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(FollowUpPlan.dueDay(thursday, BERLIN)).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void acrossTheSpringChangeNineStaysNineThere() {
        // Europe moves its clocks on Sunday 28 March 2027: Thursday's follow-up is due Tuesday 30, 09:00 CEST.
        Clock thursday = Clock.fixed(Instant.parse("2027-03-25T10:00:00Z"), BERLIN);
        NewTask task = FollowUpPlan.propose(FakeTaskGateway.task(1, TaskType.TO_DO, null), BERLIN, thursday);
        assertThat(task.dueTo()).isEqualTo(Instant.parse("2027-03-30T07:00:00Z"));
    }

    @Test
    void anEmailGetsAReplySubjectAndAMeetingBecomesAToDo() {
        Clock now = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), BERLIN);
        NewTask email = FollowUpPlan.propose(FakeTaskGateway.task(1, TaskType.MANUAL_EMAIL, null), BERLIN, now);
        assertThat(email.subject()).isEqualTo("Re: Hi Ann");
        assertThat(email.body()).contains("{{firstName}}");
        NewTask meeting = FollowUpPlan.propose(FakeTaskGateway.task(2, TaskType.MEETING, null), BERLIN, now);
        assertThat(meeting.type()).isEqualTo(TaskType.TO_DO);
    }
}

package dev.taskinbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnoozeTest {
    /** Wednesday 2 December 2026, 16:30 in Stockholm. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T15:30:00Z"), ZoneId.of("Europe/Stockholm"));

    @Test
    void snoozeTimesAreNineInTheMorningInTheRepsZone() {
        assertThat(SnoozeTimes.tomorrow(CLOCK)).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(SnoozeTimes.nextWeek(CLOCK)).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(SnoozeTimes.on(LocalDate.of(2026, 12, 24), CLOCK)).isEqualTo(Instant.parse("2026-12-24T08:00:00Z"));
    }

    @Test
    void aSnoozedTaskMovesAndItsRowShowsTheNewTime() {
        FakeTaskGateway gateway = new FakeTaskGateway().add(FakeTaskGateway.task(1, TaskType.CALL, null))
                .add(FakeTaskGateway.task(2, TaskType.SMS, null));
        InboxViewModel inbox = new InboxViewModel(gateway, new SameThreadTaskRunner(), CLOCK);
        inbox.load();

        inbox.snooze(List.of(1L), SnoozeTimes.tomorrow(CLOCK));

        assertThat(gateway.calls).contains("reschedule 1");
        TaskRow row = inbox.find(1).orElseThrow();
        assertThat(row.summary().dueTo()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(row.activityProperty().get()).isEqualTo("Snoozed");
        assertThat(inbox.messageProperty().get()).isEqualTo("Snoozed Contact 1 until Thu 3 Dec, 09:00.");
        assertThat(inbox.counts().of(TaskView.UPCOMING).get()).isEqualTo(1);
    }
}

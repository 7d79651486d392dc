package dev.taskinbox.inbox;

import dev.taskinbox.snooze.SnoozeTimes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
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

    @Test
    void aSnoozePastTheListsYearIsRefusedWithTheReasonAndNothingMoves() {
        FakeTaskGateway gateway = new FakeTaskGateway().add(FakeTaskGateway.task(1, TaskType.CALL, null));
        InboxViewModel inbox = new InboxViewModel(gateway, new SameThreadTaskRunner(), CLOCK);
        inbox.load();

        inbox.snooze(List.of(1L), SnoozeTimes.on(LocalDate.of(2027, 12, 10), CLOCK));

        assertThat(gateway.calls).doesNotContain("reschedule 1");
        assertThat(inbox.messageProperty().get()).startsWith("Not snoozed: Reply lists tasks that start within a year")
                .endsWith("moved to Fri 10 Dec 2027 would leave the list. Pick a day before Thu 2 Dec 2027.");
        inbox.snooze(List.of(1L), SnoozeTimes.on(LocalDate.of(2027, 11, 30), CLOCK));
        assertThat(gateway.calls).contains("reschedule 1");
    }

    @Test
    void snoozingATaskReplySendsByItselfAsksFirstAndSaysWhenTheSendMoves() {
        FakeTaskGateway gateway = new FakeTaskGateway();
        gateway.scriptedPages.put(0, new TaskPage(List.of(
                new TaskSummary(1, TaskType.SMS, TaskStatus.NEW, null, "Ann", null, FakeTaskGateway.DUE, null, 301L, true),
                new TaskSummary(2, TaskType.CALL, TaskStatus.NEW, null, "Bo", null, FakeTaskGateway.DUE, null, null, false)),
                false, 0));
        InboxViewModel inbox = new InboxViewModel(gateway, new SameThreadTaskRunner(), CLOCK);
        inbox.load();

        assertThat(inbox.snoozeQuestion(List.of(2L), SnoozeTimes.tomorrow(CLOCK))).isEmpty();
        assertThat(inbox.snoozeQuestion(List.of(1L, 2L), SnoozeTimes.tomorrow(CLOCK))).hasValue(
                "One of these tasks is sent by its sequence on its own at its start time. Snoozing moves that"
                        + " automatic send to Thu 3 Dec, 08:00.");
    }
}

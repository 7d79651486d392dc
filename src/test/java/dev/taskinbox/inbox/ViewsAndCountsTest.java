package dev.taskinbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The side bar's views and counts, on a fixed clock in the rep's zone. */
class ViewsAndCountsTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** 10:00 in Stockholm. */
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private InboxViewModel inbox;

    private static TaskDetail due(long id, TaskType type, String due) {
        TaskDetail t = FakeTaskGateway.task(id, type, null);
        Long sequence = id % 2 == 0 ? 301L : null;
        return new TaskDetail(id, type, t.status(), null, 1L, sequence, "", Instant.parse(due).minusSeconds(3600),
                Instant.parse(due), null, false, false, t.template(), t.content(), t.target());
    }

    @BeforeEach
    void load() {
        gateway.add(due(1, TaskType.SMS, "2026-11-29T08:00:00Z"))          // yesterday: overdue
                .add(due(2, TaskType.MANUAL_EMAIL, "2026-11-30T08:30:00Z")) // earlier today: overdue
                .add(due(3, TaskType.CALL, "2026-11-30T15:00:00Z"))         // later today
                .add(due(4, TaskType.SMS, "2026-11-30T22:59:00Z"))          // 23:59 in Stockholm: today
                .add(due(5, TaskType.LINKED_IN, "2026-11-30T23:00:00Z"))    // midnight there: tomorrow
                .add(due(6, TaskType.SMS, "2026-12-03T09:00:00Z"));        // upcoming
        inbox = new InboxViewModel(gateway, new SameThreadTaskRunner(), Clock.fixed(NOW, STOCKHOLM));
        inbox.load();
    }

    @Test
    void eachViewCountsItsTasksInTheRepsOwnDay() {
        assertThat(inbox.counts().of(TaskView.OVERDUE).get()).isEqualTo(2);
        assertThat(inbox.counts().of(TaskView.TODAY).get()).isEqualTo(4);
        assertThat(inbox.counts().of(TaskView.UPCOMING).get()).isEqualTo(2);
        assertThat(inbox.counts().of(TaskView.ALL).get()).isEqualTo(6);
        assertThat(inbox.counts().of(TaskType.SMS).get()).isEqualTo(3);
        assertThat(inbox.counts().of(TaskType.WHATSAPP).get()).isZero();
    }

    @Test
    void aViewAndATypeFilterCombineWithSearch() {
        inbox.filters().viewProperty().set(TaskView.TODAY);
        assertThat(inbox.visibleRows()).extracting(TaskRow::id).containsExactly(1L, 2L, 3L, 4L);

        inbox.filters().toggleType(TaskType.SMS);
        assertThat(inbox.visibleRows()).extracting(TaskRow::id).containsExactly(1L, 4L);

        inbox.filters().searchProperty().set("contact 4");
        assertThat(inbox.visibleRows()).extracting(TaskRow::id).containsExactly(4L);

        inbox.filters().viewProperty().set(TaskView.ALL);
        inbox.filters().typeFilters().clear();
        inbox.filters().searchProperty().set("SMS");
        assertThat(inbox.visibleRows()).extracting(TaskRow::id).containsExactly(1L, 4L, 6L);
    }

    @Test
    void theFirstPageGoesInAlreadyInTheTablesOrderAndLaterChangesKeepIt() {
        InboxViewModel sorted = new InboxViewModel(gateway, new SameThreadTaskRunner(), Clock.fixed(NOW, STOCKHOLM));
        sorted.sortBy(java.util.Comparator.comparing((TaskRow row) -> row.summary().dueTo()).reversed());
        List<List<Long>> changes = new java.util.ArrayList<>();
        sorted.rows().addListener((javafx.collections.ListChangeListener<TaskRow>) change -> {
            while (change.next()) {
                changes.add(change.getAddedSubList().stream().map(TaskRow::id).toList());
            }
        });

        sorted.load();

        assertThat(changes.get(0)).as("one add, in order").containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        sorted.snooze(List.of(1L), Instant.parse("2026-12-10T08:00:00Z"));
        assertThat(sorted.rows()).extracting(TaskRow::id).containsExactly(1L, 6L, 5L, 4L, 3L, 2L);
    }

    @Test
    void severalTypesAtOnceShowTasksOfAnyOfThem() {
        inbox.filters().toggleType(TaskType.SMS);
        inbox.filters().toggleType(TaskType.CALL);
        assertThat(inbox.visibleRows()).extracting(TaskRow::id).containsExactly(1L, 3L, 4L, 6L);

        inbox.filters().toggleType(TaskType.SMS);
        assertThat(inbox.visibleRows()).extracting(TaskRow::id).containsExactly(3L);
        assertThat(inbox.filters().isFiltered()).isTrue();
    }

    @Test
    void searchFindsASubjectOnceTheTaskHasBeenRead() {
        inbox.filters().searchProperty().set("hi ann");
        assertThat(inbox.visibleRows()).isEmpty();

        // The list call carries no subjects; reading a task's details brings its subject in.
        inbox.taskRead(gateway.task(2, dev.taskinbox.task.Priority.PREVIEW));

        assertThat(inbox.visibleRows()).extracting(TaskRow::id).containsExactly(2L);
        assertThat(inbox.counts().of(TaskView.ALL).get()).isEqualTo(6);
    }

    @Test
    void showAllClearsEveryFilterAndTheSearch() {
        inbox.filters().viewProperty().set(TaskView.UPCOMING);
        inbox.filters().toggleType(TaskType.SMS);
        inbox.filters().sequenceFilterProperty().set(301L);
        inbox.filters().searchProperty().set("nobody by this name");
        assertThat(inbox.visibleRows()).isEmpty();

        inbox.filters().clearFilters();

        assertThat(inbox.filters().isFiltered()).isFalse();
        assertThat(inbox.visibleRows()).hasSize(6);
    }

    @Test
    void countsFollowSendsLive() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner());
        sender.addListener(inbox.sendReport());

        sender.send(1, SendRequest.AS_IS);

        assertThat(inbox.counts().of(TaskView.OVERDUE).get()).isEqualTo(1);
        assertThat(inbox.counts().of(TaskType.SMS).get()).isEqualTo(2);
    }

    @Test
    void completingSeveralAtOnceCountsThemOut() {
        inbox.completeAll(List.of(3L, 5L, 99L));

        assertThat(inbox.counts().of(TaskView.ALL).get()).isEqualTo(4);
        assertThat(inbox.messageProperty().get()).startsWith("Completed 2 of 3.");
    }

    @Test
    void sequencesAreCountedAndFilterTheList() {
        assertThat(inbox.counts().bySequence()).containsExactly(Map.entry(301L, 3));

        inbox.filters().sequenceFilterProperty().set(301L);

        assertThat(inbox.visibleRows()).extracting(TaskRow::id).containsExactly(2L, 4L, 6L);
    }

    @Test
    void asTheClockMovesOnTasksFallDueIntoTheOverdueView() {
        MutableClock clock = new MutableClock(NOW);
        InboxViewModel ticking = new InboxViewModel(gateway, new SameThreadTaskRunner(), clock.withZone(STOCKHOLM));
        ticking.load();
        ticking.filters().viewProperty().set(TaskView.OVERDUE);
        assertThat(ticking.visibleRows()).extracting(TaskRow::id).containsExactly(1L, 2L);

        clock.advance(Duration.ofHours(7));   // 17:00 in Stockholm: task 3 (16:00) is now overdue
        ticking.clockTicked();

        assertThat(ticking.visibleRows()).extracting(TaskRow::id).containsExactly(1L, 2L, 3L);
        assertThat(ticking.counts().of(TaskView.OVERDUE).get()).isEqualTo(3);
    }
}

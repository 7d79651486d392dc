package dev.taskinbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.ManualDelays;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.SendJournal;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.taskinbox.common.fx.Job;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.support.HeldRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskSummary;
import org.junit.jupiter.api.Test;

class InboxViewModelTest {
    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private InboxViewModel inbox;

    @BeforeEach
    void setUp() {
        for (long id = 1; id <= 5; id++) {
            gateway.add(FakeTaskGateway.task(id, id % 2 == 0 ? TaskType.SMS : TaskType.CALL, null));
        }
        inbox = new InboxViewModel(gateway, new SameThreadTaskRunner(), Clock.fixed(FakeTaskGateway.DUE, ZoneOffset.UTC));
    }

    @Test
    void loadAsksWhoIAmThenReadsEveryPage() {
        gateway.pageSize = 2;
        List<String> messages = new ArrayList<>();
        inbox.messageProperty().addListener((obs, before, now) -> messages.add(now));

        inbox.load();

        assertThat(gateway.calls).containsExactly("whoami", "filter skip=0", "filter skip=2", "filter skip=4");
        assertThat(messages).containsSubsequence("Loading tasks…", "Loading tasks… 2 so far.", "Loading tasks… 4 so far.",
                "5 tasks to do.");
        assertThat(inbox.rows()).extracting(TaskRow::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(inbox.stateProperty().get()).isEqualTo(InboxViewModel.LoadState.LOADED);
        assertThat(inbox.userProperty().get().name()).isEqualTo("Sam Seller");
        assertThat(inbox.messageProperty().get()).isEqualTo("5 tasks to do.");
    }

    @Test
    void theNextPageIsAskedForBeforeThisOneGoesInAndThePagesStillGoInInOrder() {
        gateway.pageSize = 2;
        List<String> rowsInWhenAsked = new ArrayList<>();
        HeldRunner held = new HeldRunner();
        InboxViewModel[] watched = new InboxViewModel[1];
        TaskRunner watching = new TaskRunner() {
            @Override
            public <T> Job run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                rowsInWhenAsked.add(name + ": " + watched[0].rows().size());
                return held.run(name, work, onSuccess, onFailure);
            }
        };
        watched[0] = new InboxViewModel(gateway, watching, Clock.fixed(FakeTaskGateway.DUE, ZoneOffset.UTC));

        watched[0].load();
        while (!held.held.isEmpty()) {
            held.held.remove(0).run();
        }

        // The round trip for a page overlaps the work of putting the one before it in.
        assertThat(rowsInWhenAsked).containsExactly("who am I: 0", "tasks from 0: 0", "tasks from 2: 0", "tasks from 4: 2");
        assertThat(watched[0].rows()).extracting(TaskRow::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(watched[0].messageProperty().get()).isEqualTo("5 tasks to do.");
    }

    /** The side bar listens to the per-sequence counts; JavaFX's read-only map keeps its listeners only while it is kept. */
    @Test
    void theSequenceCountsAreHeardAfterAGarbageCollection() {
        gateway.add(FakeTaskGateway.task(6, TaskType.SMS, 301L));
        List<Object> heard = new ArrayList<>();
        inbox.counts().bySequence().addListener((javafx.collections.MapChangeListener<Long, Integer>) heard::add);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        inbox.load();

        assertThat(inbox.counts().bySequence()).as("one view, always the same").isSameAs(inbox.counts().bySequence())
                .containsEntry(301L, 1);
        assertThat(heard).as("the listener still hears").isNotEmpty();
    }

    @Test
    void reloadReplacesTheRowsInsteadOfAddingToThem() {
        inbox.load();
        inbox.load();

        assertThat(inbox.rows()).hasSize(5);
    }

    @Test
    void aFailedLoadSaysWhyInPlainWords() {
        gateway.failNext(new GatewayException(GatewayException.Kind.UNAUTHORIZED,
                "Reply did not accept the API key. Check it in Settings."));

        inbox.load();

        assertThat(inbox.stateProperty().get()).isEqualTo(InboxViewModel.LoadState.FAILED);
        assertThat(inbox.messageProperty().get()).isEqualTo(
                "Could not load tasks. Reply did not accept the API key. Check it in Settings.");
        assertThat(inbox.rows()).isEmpty();
    }

    @Test
    void noConnectionIsOfflineNotAnError() {
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_SENT, "Reply could not be reached."));

        inbox.load();

        assertThat(inbox.stateProperty().get()).isEqualTo(InboxViewModel.LoadState.OFFLINE);
        assertThat(inbox.troubleProperty().get()).contains("cannot be reached");

        inbox.load();
        assertThat(inbox.stateProperty().get()).isEqualTo(InboxViewModel.LoadState.LOADED);
        assertThat(inbox.troubleProperty().get()).isEmpty();
    }

    @Test
    void aPageThatFailsKeepsThePagesAlreadyInAndSaysSo() {
        gateway.pageSize = 2;
        gateway.failOn.put("filter skip=2", new GatewayException(GatewayException.Kind.SERVER_ERROR,
                "Reply had a problem on its side."));

        inbox.load();

        assertThat(inbox.rows()).extracting(TaskRow::id).containsExactly(1L, 2L);
        assertThat(inbox.stateProperty().get()).isEqualTo(InboxViewModel.LoadState.FAILED);
        assertThat(inbox.messageProperty().get()).isEqualTo("Showing the first 2 tasks; the rest could not be loaded. "
                + "Reply had a problem on its side. F5 tries again.");
    }

    @Test
    void theUndoCountdownShowsOnTheRowAndTheWayToStopItInTheStatusLine() {
        inbox.load();

        inbox.sendReport().countingDown(3, 4);

        assertThat(inbox.find(3).orElseThrow().activityProperty().get()).isEqualTo("Sending in 4 s");
        assertThat(inbox.messageProperty().get()).isEqualTo("Sending to Contact 3 in 4 s. Ctrl+Z undoes.");
    }

    @Test
    void aRunShowsWhatIsDoneAndRoughlyHowLongTheRestTakesAtTheBudgetsPace() {
        inbox.load();
        gateway.budget = new BudgetState(Map.of(), 40, 100, FakeTaskGateway.DUE, null);

        inbox.sendReport().progress(new dev.taskinbox.send.SendQueue.Progress(10, 1, 150));

        // 60 more go this minute, the other 90 at 100 a minute: 54 s.
        assertThat(inbox.progressProperty().get()).isEqualTo("10 done · 1 failed · 150 left · about 0:54 · Esc stops what has not left");
        assertThat(inbox.progressShareProperty().get()).isCloseTo(11.0 / 161, org.assertj.core.data.Offset.offset(1e-9));

        gateway.budget = new BudgetState(Map.of(), 100, 100, FakeTaskGateway.DUE, null);
        inbox.sendReport().progress(new dev.taskinbox.send.SendQueue.Progress(10, 1, 150));
        assertThat(inbox.progressProperty().get()).contains("about 1:30");
    }

    @Test
    void aRunThatEndsWithFailuresAsksForAttentionUntilDismissed() {
        inbox.load();
        SendReport report = inbox.sendReport();
        report.progress(new dev.taskinbox.send.SendQueue.Progress(0, 0, 3));
        report.failed(2, new GatewayException(GatewayException.Kind.REJECTED, "The recipient is suppressed."));
        report.progress(new dev.taskinbox.send.SendQueue.Progress(2, 1, 0));

        assertThat(inbox.attentionProperty().get()).isEqualTo(
                "1 not sent: Contact 2 — The recipient is suppressed. Their drafts are kept.");
        assertThat(inbox.attentionTasks()).containsExactly(2L);

        inbox.dismissAttention();
        assertThat(inbox.attentionProperty().get()).isEmpty();
        assertThat(inbox.attentionTasks()).isEmpty();
    }

    @Test
    void aContactsTimeZoneReachesTheirRows() {
        inbox.load();

        inbox.contactZoneKnown(3, java.time.ZoneId.of("America/New_York"));

        assertThat(inbox.find(3).orElseThrow().contactZoneProperty().get()).hasToString("America/New_York");
        assertThat(inbox.find(2).orElseThrow().contactZoneProperty().get()).isNull();
    }

    @Test
    void rowsFollowSendsFromStartToTheServersAnswer() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner());
        sender.addListener(inbox.sendReport());
        inbox.load();
        TaskRow row = inbox.find(2).orElseThrow();

        sender.send(2, SendRequest.AS_IS);

        assertThat(row.statusProperty().get()).isEqualTo(TaskStatus.FINISHED);
        assertThat(row.activityProperty().get()).isEqualTo("Sent");
        assertThat(inbox.messageProperty().get()).isEqualTo("Sent: Contact 2 (SMS).");
    }

    @Test
    void aRejectedSendSaysNotSentAndKeepsTheRowNew() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner());
        sender.addListener(inbox.sendReport());
        inbox.load();
        gateway.failNext(new GatewayException(GatewayException.Kind.REJECTED, "Reply refused the request."));

        sender.send(2, SendRequest.AS_IS);

        TaskRow row = inbox.find(2).orElseThrow();
        assertThat(row.statusProperty().get()).isEqualTo(TaskStatus.NEW);
        assertThat(row.activityProperty().get()).isEqualTo("Not sent");
        assertThat(inbox.messageProperty().get()).isEqualTo("Not sent — Contact 2: Reply refused the request.");
    }

    @Test
    void theBudgetLineSaysHowMuchIsUsedAndWhatWaits() {
        gateway.budget = new BudgetState(Map.of(Priority.SEND, 2, Priority.PREFETCH, 3), 71, 100, FakeTaskGateway.DUE, null);

        inbox.refreshBudget();

        assertThat(inbox.budgetProperty().get()).isEqualTo("Requests 71/100 a minute · 5 waiting");
    }

    @Test
    void aRateLimitPauseIsSaidInPlainWords() {
        gateway.budget = new BudgetState(Map.of(), 100, 100, FakeTaskGateway.DUE.plusSeconds(12),
                FakeTaskGateway.DUE.plusSeconds(12));

        inbox.refreshBudget();

        assertThat(inbox.budgetProperty().get()).isEqualTo("Reply is limiting requests; resuming in 12 s");
    }

    @Test
    void anUnknownOutcomeIsCheckedAndTheRowSaysWhatReplyKnows() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner());
        sender.addListener(inbox.sendReport());
        inbox.load();
        gateway.failAfterCommit(new GatewayException(GatewayException.Kind.UNKNOWN_OUTCOME, "The connection broke."));

        sender.send(2, SendRequest.AS_IS);

        TaskRow row = inbox.find(2).orElseThrow();
        assertThat(row.statusProperty().get()).isEqualTo(TaskStatus.FINISHED);
        assertThat(row.activityProperty().get()).isEqualTo("Sent");
        assertThat(inbox.messageProperty().get()).isEqualTo("It did go out: Contact 2 (SMS).");
    }

    @Test
    void anUnreachableCheckLeavesTheRowOutcomeUnknown() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner());
        sender.addListener(inbox.sendReport());
        inbox.load();
        gateway.failNext(new GatewayException(GatewayException.Kind.UNKNOWN_OUTCOME, "The connection broke."));
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_SENT, "Could not reach Reply."));

        sender.send(2, SendRequest.AS_IS);

        assertThat(inbox.find(2).orElseThrow().activityProperty().get()).isEqualTo("Outcome unknown");
        assertThat(sender.canSubmit(2)).isFalse();
    }

    @Test
    void taskDetailsFillTheStepName() {
        gateway.add(FakeTaskGateway.task(9, TaskType.MANUAL_EMAIL, 301L));
        inbox.load();

        inbox.taskRead(gateway.task(9));

        assertThat(inbox.find(9).orElseThrow().stepNameProperty().get()).isEqualTo("Step 1");
    }

    @Test
    void aTaskDeletedInReplyLeavesTheListWithANotice() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner());
        sender.addListener(inbox.sendReport());
        inbox.load();
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_FOUND, "Reply could not find this task.",
                new GatewayException.ServerProblem("", "", GatewayException.TASK_NOT_FOUND, List.of()), null, null));

        sender.send(2, SendRequest.AS_IS);

        assertThat(inbox.find(2)).isEmpty();
        assertThat(inbox.messageProperty().get()).isEqualTo("The SMS task for Contact 2 was deleted in Reply, so it has left the list.");
    }

    @Test
    void aNotFoundAboutSomethingElseLeavesTheTaskWhereItIs() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner());
        sender.addListener(inbox.sendReport());
        inbox.load();
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_FOUND, "Reply could not find that email account.",
                new GatewayException.ServerProblem("", "", "emailAccount.notFound", List.of()), null, null));

        sender.send(2, SendRequest.AS_IS);

        assertThat(inbox.find(2)).as("a follow-up read found the task").isPresent();
        assertThat(gateway.calls).endsWith("execute 2", "get 2");
        assertThat(inbox.messageProperty().get()).contains("could not find that email account");
    }

    @Test
    void aRefusedSendReReadsTheTaskAndSaysItWasFinishedElsewhere() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner());
        sender.addListener(inbox.sendReport());
        inbox.load();
        gateway.finishElsewhere(2);
        gateway.failNext(new GatewayException(GatewayException.Kind.REJECTED, "Reply refused the request.",
                new GatewayException.ServerProblem("", "", "task.notNew", List.of()), null, null));

        sender.send(2, SendRequest.AS_IS);

        assertThat(inbox.find(2).orElseThrow().activityProperty().get()).isEqualTo("Already finished");
        assertThat(inbox.messageProperty().get()).contains("already has this SMS for Contact 2 as finished");
    }

    @Test
    void anUnreachableReplyRaisesTheBannerAndASuccessLowersIt() {
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_SENT, "Could not reach Reply."));
        inbox.load();
        assertThat(inbox.troubleProperty().get()).startsWith("Reply cannot be reached right now.");

        inbox.load();

        assertThat(inbox.troubleProperty().get()).isEmpty();
    }

    @Test
    void aHeldSendSaysItWaitsAndGoesByItselfOnceReplyAnswers() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner(), SendJournal.NONE,
                new SendService.HoldPolicy(Duration.ofSeconds(15), 3));
        ManualDelays clock = new ManualDelays();
        sender.holdWith(clock);
        sender.addListener(inbox.sendReport());
        inbox.load();
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_SENT, "Could not reach Reply."));

        sender.send(2, SendRequest.AS_IS);
        assertThat(inbox.find(2).orElseThrow().activityProperty().get()).isEqualTo("Waiting for Reply…");
        clock.advance(Duration.ofSeconds(14));
        assertThat(gateway.calls).filteredOn(call -> call.equals("execute 2")).hasSize(1);
        clock.advance(Duration.ofSeconds(1));

        assertThat(gateway.calls).filteredOn(call -> call.equals("execute 2")).hasSize(2);
        assertThat(gateway.executed).hasSize(1);
        assertThat(inbox.find(2).orElseThrow().activityProperty().get()).isEqualTo("Sent");
        assertThat(inbox.troubleProperty().get()).isEmpty();
    }

    @Test
    void aSendHeldTooLongGivesUpAndSaysNotSent() {
        SendService sender = new SendService(gateway, new SameThreadTaskRunner(), SendJournal.NONE,
                new SendService.HoldPolicy(Duration.ofSeconds(15), 2));
        ManualDelays clock = new ManualDelays();
        sender.holdWith(clock);
        sender.addListener(inbox.sendReport());
        inbox.load();
        for (int i = 0; i < 3; i++) {
            gateway.failNext(new GatewayException(GatewayException.Kind.NOT_SENT, "Could not reach Reply."));
        }

        sender.send(2, SendRequest.AS_IS);
        clock.advance(Duration.ofMinutes(1));

        assertThat(gateway.calls).filteredOn(call -> call.equals("execute 2")).hasSize(3);
        assertThat(gateway.executed).isEmpty();
        assertThat(inbox.find(2).orElseThrow().activityProperty().get()).isEqualTo("Not sent");
        assertThat(sender.isHeld(2)).isFalse();
    }

    private static TaskSummary row(long id) {
        return new TaskSummary(id, TaskType.SMS, TaskStatus.NEW, null, "Contact " + id, null, FakeTaskGateway.DUE,
                null, null, false);
    }

    @Test
    void pagingMovesByTheRowsReturnedAndShowsEachTaskOnce() {
        // Page one: two readable rows and one the client could not read; page two repeats row 2
        // (tasks finished meanwhile shifted the offsets) and adds row 4.
        gateway.scriptedPages.put(0, new TaskPage(List.of(row(1), row(2)), true, 1));
        gateway.scriptedPages.put(3, new TaskPage(List.of(row(2), row(4)), false, 0));

        inbox.load();

        assertThat(gateway.calls).contains("filter skip=0", "filter skip=3").doesNotContain("filter skip=2");
        assertThat(inbox.rows()).extracting(TaskRow::id).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(inbox.messageProperty().get()).isEqualTo("3 tasks to do. 1 task from Reply could not be shown (incomplete data).");
    }
}

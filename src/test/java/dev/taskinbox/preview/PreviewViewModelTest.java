package dev.taskinbox.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.send.SendService;
import java.time.Duration;
import dev.taskinbox.support.ManualDelays;
import dev.taskinbox.support.Queues;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.DraftStore;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

class PreviewViewModelTest {
    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private PreviewViewModel preview;
    private final List<TaskDetail> read = new ArrayList<>();

    @BeforeEach
    void setUp() {
        gateway.add(FakeTaskGateway.task(1, TaskType.MANUAL_EMAIL, null))
                .add(FakeTaskGateway.task(2, TaskType.MANUAL_EMAIL, 301L))
                .add(FakeTaskGateway.task(3, TaskType.CALL, 301L))
                .add(FakeTaskGateway.task(4, TaskType.SMS, null));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        SendService sender = new SendService(gateway, runner);
        preview = new PreviewViewModel(gateway, runner, Queues.withoutUndo(sender));
        preview.setOnTaskRead(read::add);
        preview.senders().load();
    }

    private static TaskSummary summary(long id) {
        return new TaskSummary(id, TaskType.UNKNOWN, TaskStatus.NEW, null, "Ann", null, null, null, null, false);
    }

    @Test
    void showingATaskReadsItOnceAndShowsTheRenderedText() {
        preview.show(summary(1));
        preview.show(summary(4));
        preview.show(summary(1));

        assertThat(gateway.calls).filteredOn(call -> !call.startsWith("contact"))
                .containsExactly("accounts", "get 1", "get 4");
        assertThat(preview.editor().subjectProperty().get()).isEqualTo("Hi Ann");
        assertThat(preview.editor().bodyProperty().get()).isEqualTo("<p>Hello Ann</p>");
        assertThat(read).extracting(TaskDetail::id).containsExactly(1L, 4L);
    }

    @Test
    void onlyConnectedAccountsAreOfferedWithTheDefaultPreselected() {
        preview.show(summary(1));

        assertThat(preview.senders().connected()).extracting(a -> a.id()).containsExactly(11L, 12L);
        assertThat(preview.editor().accountProperty().get().id()).isEqualTo(11L);
        assertThat(preview.gate().accountPickableProperty().get()).isTrue();
    }

    @Test
    void theSenderOfASequenceEmailCannotBePicked() {
        preview.show(summary(2));

        assertThat(preview.gate().accountPickableProperty().get()).isFalse();
    }

    @Test
    void anUntouchedEmailIsSentAsIs() {
        preview.show(summary(1));

        assertThat(preview.sendOrComplete()).isTrue();

        assertThat(gateway.executed).containsExactly(SendRequest.AS_IS);
        assertThat(preview.detailProperty().get().status()).isEqualTo(TaskStatus.FINISHED);
        assertThat(preview.gate().blockedReasonProperty().get()).isEqualTo("Sent. Nothing left to do here.");
    }

    @Test
    void anEditedEmailIsSentWithItsTextAndTheChosenAccount() {
        preview.show(summary(1));
        preview.editingProperty().set(true);
        preview.editor().bodyProperty().set("<p>Hello Ann, edited</p>");

        preview.sendOrComplete();

        assertThat(gateway.executed).containsExactly(
                new SendRequest(new MessageContent("Hi Ann", "<p>Hello Ann, edited</p>"), 11L));
        assertThat(preview.drafts()).doesNotContainKey(1L);
    }

    @Test
    void choosingAnotherAccountAloneSendsOnlyTheAccount() {
        preview.show(summary(1));
        preview.editor().accountProperty().set(preview.senders().connected().get(1));

        preview.sendOrComplete();

        assertThat(gateway.executed).containsExactly(new SendRequest(null, 12L));
    }

    @Test
    void aSequenceEmailNeverSendsAnAccount() {
        preview.show(summary(2));
        preview.editor().bodyProperty().set("changed");

        preview.sendOrComplete();

        assertThat(gateway.executed).containsExactly(new SendRequest(new MessageContent("Hi Ann", "changed"), null));
    }

    @Test
    void anEditSurvivesMovingAwayAndBack() {
        preview.show(summary(1));
        preview.editor().bodyProperty().set("my words");
        preview.show(summary(4));
        preview.show(summary(1));

        assertThat(preview.editor().bodyProperty().get()).isEqualTo("my words");
        assertThat(preview.drafts()).containsKey(1L);
    }

    @Test
    void afterAServerErrorTheTaskIsCheckedAndAnUnsentEditStaysForTheRepToRetry() {
        preview.show(summary(1));
        preview.editor().bodyProperty().set("my words");
        gateway.failNext(new GatewayException(GatewayException.Kind.SERVER_ERROR, "Reply had a problem."));

        preview.sendOrComplete();

        assertThat(gateway.calls).containsSubsequence("execute 1", "get 1");
        assertThat(gateway.calls).as("never sent again on its own").filteredOn("execute 1"::equals).hasSize(1);
        assertThat(preview.drafts()).containsKey(1L);
        assertThat(preview.editor().bodyProperty().get()).isEqualTo("my words");
        assertThat(preview.gate().blockedReasonProperty().get()).as("the rep may press Send again").isEmpty();
    }

    @Test
    void aTimeoutAfterTheServerSentItShowsItAsSentAndDropsTheDraft() {
        preview.show(summary(1));
        preview.editor().bodyProperty().set("my words");
        gateway.failAfterCommit(new GatewayException(GatewayException.Kind.UNKNOWN_OUTCOME, "The connection broke."));

        preview.sendOrComplete();

        assertThat(preview.detailProperty().get().status()).isEqualTo(TaskStatus.FINISHED);
        assertThat(preview.drafts()).doesNotContainKey(1L);
        assertThat(preview.gate().blockedReasonProperty().get()).isEqualTo("Sent. Nothing left to do here.");
        assertThat(gateway.executed).hasSize(1);
    }

    @Test
    void whenTheCheckFailsTooTheTaskStaysBlockedUntilItIsReadAgain() {
        preview.show(summary(1));
        preview.editor().bodyProperty().set("my words");
        // The execute fails (unknown outcome), then the check fails (Reply unreachable).
        gateway.failNext(new GatewayException(GatewayException.Kind.UNKNOWN_OUTCOME, "The connection broke."));
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_SENT, "Could not reach Reply."));
        preview.sendOrComplete();

        assertThat(preview.gate().blockedReasonProperty().get()).contains("not known whether the last send went out");
        assertThat(preview.sendOrComplete()).isFalse();
        assertThat(preview.drafts()).containsKey(1L);

        preview.show(summary(4));
        preview.show(summary(1));

        assertThat(preview.gate().blockedReasonProperty().get()).isEmpty();
        assertThat(preview.editor().bodyProperty().get()).isEqualTo("my words");
        assertThat(gateway.calls).filteredOn(call -> call.startsWith("execute")).hasSize(1);
    }

    @Test
    void resetToTemplateDropsTheEdit() {
        preview.show(summary(1));
        preview.editor().bodyProperty().set("my words");

        preview.resetToTemplate();

        assertThat(preview.editor().bodyProperty().get()).isEqualTo("<p>Hello Ann</p>");
        assertThat(preview.drafts()).doesNotContainKey(1L);
    }

    @Test
    void aCallIsCompletedNotExecuted() {
        preview.show(summary(3));

        preview.sendOrComplete();

        assertThat(gateway.calls).contains("complete 3").doesNotContain("execute 3");
    }

    @Test
    void aCallIsCompletedWithTheOutcomeTheRepPicked() {
        preview.show(summary(3));
        preview.editor().callOutcomeProperty().set(CallOutcome.NEGATIVE);

        preview.sendOrComplete();

        assertThat(gateway.calls).contains("complete 3 as NEGATIVE");
    }

    @Test
    void anEmailWithoutAnAddressIsBlockedWithAReason() {
        TaskDetail t = FakeTaskGateway.task(7, TaskType.MANUAL_EMAIL, null);
        gateway.add(new TaskDetail(7, t.type(), t.status(), null, 1L, null, "", t.startAt(), t.dueTo(), null,
                false, false, t.template(), t.content(), DeliveryTarget.NONE));

        preview.show(summary(7));

        assertThat(preview.gate().blockedReasonProperty().get()).isEqualTo("This contact has no email address.");
        assertThat(preview.sendOrComplete()).isFalse();
        assertThat(gateway.executed).isEmpty();
    }

    @Test
    void aTaskThatCannotBeReadSaysWhy() {
        preview.show(summary(99));

        assertThat(preview.detailProperty().get()).isNull();
        assertThat(preview.loadErrorProperty().get()).startsWith("Could not show this task. Reply could not find");
    }

    /** Drafts kept in a map, as a file store would keep them on disk. */
    private static final class MapDraftStore implements DraftStore {
        final Map<Long, Draft> saved = new HashMap<>();

        @Override
        public Map<Long, Draft> loadAll() {
            return Map.copyOf(saved);
        }

        @Override
        public void save(Draft draft) {
            saved.put(draft.taskId(), draft);
        }

        @Override
        public void remove(long taskId) {
            saved.remove(taskId);
        }

        @Override
        public String problem() {
            return "";
        }
    }

    private PreviewViewModel withStore(MapDraftStore store) {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        SendService sender = new SendService(gateway, runner);
        PreviewViewModel viewModel = new PreviewViewModel(gateway, runner, Queues.withoutUndo(sender), store);
        viewModel.senders().load();
        return viewModel;
    }

    @Test
    void everyEditIsSavedAndASendConfirmedByTheServerRemovesIt() {
        MapDraftStore store = new MapDraftStore();
        PreviewViewModel viewModel = withStore(store);
        viewModel.show(summary(1));

        viewModel.editor().bodyProperty().set("my words");
        assertThat(store.saved).containsEntry(1L, new Draft(1, "Hi Ann", "my words", null));

        viewModel.sendOrComplete();
        assertThat(store.saved).isEmpty();
    }

    @Test
    void savedDraftsAreRestoredAtStartAndShownInPlaceOfTheTemplate() {
        MapDraftStore store = new MapDraftStore();
        store.save(new Draft(1, "Saved subject", "saved body", 12L));

        PreviewViewModel viewModel = withStore(store);
        viewModel.show(summary(1));

        assertThat(viewModel.drafts()).containsOnlyKeys(1L);
        assertThat(viewModel.editor().subjectProperty().get()).isEqualTo("Saved subject");
        assertThat(viewModel.editor().bodyProperty().get()).isEqualTo("saved body");
        assertThat(viewModel.editor().accountProperty().get().id()).isEqualTo(12L);
    }

    @Test
    void aFailedSendKeepsTheSavedDraft() {
        MapDraftStore store = new MapDraftStore();
        PreviewViewModel viewModel = withStore(store);
        viewModel.show(summary(1));
        viewModel.editor().bodyProperty().set("my words");
        gateway.failNext(new GatewayException(GatewayException.Kind.REJECTED, "Recipient is suppressed."));

        viewModel.sendOrComplete();

        assertThat(store.saved).containsKey(1L);
    }

    @Test
    void aRefusedSendPutsTheServersWordsNextToTheFieldTheyName() {
        preview.show(summary(1));
        preview.editor().bodyProperty().set("my words");
        gateway.failNext(new GatewayException(GatewayException.Kind.REJECTED, "Reply refused the request.",
                new GatewayException.ServerProblem("Bad Request", "", "validation.failed", List.of(
                        new GatewayException.FieldError("/content/body", "The body must not contain scripts."),
                        new GatewayException.FieldError("/emailAccountId", "That account is paused."))), null, null));

        preview.sendOrComplete();

        assertThat(preview.complaints().bodyErrorProperty().get()).isEqualTo("The body must not contain scripts.");
        assertThat(preview.complaints().accountErrorProperty().get()).isEqualTo("That account is paused.");
        assertThat(preview.complaints().subjectErrorProperty().get()).isEmpty();
        assertThat(preview.complaints().sendErrorProperty().get()).isEmpty();

        preview.editor().bodyProperty().set("my better words");

        assertThat(preview.complaints().bodyErrorProperty().get()).as("an edit clears the old complaint").isEmpty();
    }

    @Test
    void aRefusalWithoutFieldsIsSaidAboveTheButtons() {
        preview.show(summary(1));
        gateway.failNext(new GatewayException(GatewayException.Kind.REJECTED,
                "Reply refused the request. The server says: recipient is suppressed"));

        preview.sendOrComplete();

        assertThat(preview.complaints().sendErrorProperty().get())
                .isEqualTo("Not sent: Reply refused the request. The server says: recipient is suppressed");
    }

    @Test
    void aTaskDeletedElsewhereIsReportedAsGone() {
        List<Long> gone = new ArrayList<>();
        preview.setOnTaskGone(gone::add);

        preview.show(summary(99));

        assertThat(gone).containsExactly(99L);
    }

    @Test
    void theProspectsLocalTimeShowsWhenTheirZoneIsKnownAndIsReadOnce() {
        gateway.contactZone = "Asia/Tokyo";
        preview.prospect().useClock(Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC));

        preview.show(summary(1));
        preview.show(summary(4));

        assertThat(preview.prospect().localTimeProperty().get()).isEqualTo("Mon 18:00 (Asia/Tokyo)");
        assertThat(gateway.calls).filteredOn(call -> call.matches("contact \\d+")).hasSize(1);
    }

    @Test
    void noZoneMeansNoLocalTime() {
        preview.show(summary(1));

        assertThat(preview.prospect().localTimeProperty().get()).isEmpty();
    }

    @Test
    void theListIsToldTheZoneOfEachTaskShownAndAZoneJavaDoesNotKnowIsNone() {
        gateway.contactZone = "Asia/Tokyo";
        java.util.Map<Long, java.time.ZoneId> told = new java.util.LinkedHashMap<>();
        preview.prospect().setOnContactZone(told::put);

        preview.show(summary(1));
        preview.show(summary(4));

        assertThat(told).containsExactly(java.util.Map.entry(1L, java.time.ZoneId.of("Asia/Tokyo")),
                java.util.Map.entry(4L, java.time.ZoneId.of("Asia/Tokyo")));

        FakeTaskGateway elsewhere = new FakeTaskGateway().add(FakeTaskGateway.task(1, TaskType.SMS, null));
        elsewhere.contactZone = "Mars/Olympus_Mons";
        PreviewViewModel other = new PreviewViewModel(elsewhere, new SameThreadTaskRunner(),
                Queues.withoutUndo(new SendService(elsewhere, new SameThreadTaskRunner())));
        java.util.Map<Long, java.time.ZoneId> toldElsewhere = new java.util.HashMap<>();
        other.prospect().setOnContactZone(toldElsewhere::put);
        other.show(summary(1));
        assertThat(other.prospect().localTimeProperty().get()).isEmpty();
        assertThat(toldElsewhere).as("the list is told nothing for a zone Java does not know").isEmpty();
    }

    @Test
    void aWhatsAppTaskShowsTheContactsPhoneSinceReplyGivesItNoTarget() {
        gateway.add(FakeTaskGateway.task(9, TaskType.WHATSAPP, 301L));
        gateway.contactPhone = "+46 70 123 45 67";

        preview.show(summary(9));

        assertThat(preview.detailProperty().get().target().addressFor(TaskType.WHATSAPP)).hasValue("+46 70 123 45 67");
        assertThat(TaskLinks.linkTo(preview.detailProperty().get())).isPresent();
    }

    @Test
    void aKeyThatMayNotReadContactsIsNotAskedAgainForEachTask() {
        gateway.contactZone = "Europe/Oslo";
        gateway.failOn.put("contact 1", new GatewayException(GatewayException.Kind.FORBIDDEN, "No contacts:read."));

        preview.show(summary(1));
        preview.show(summary(4));

        assertThat(gateway.calls).filteredOn(call -> call.matches("contact \\d+")).containsExactly("contact 1");
        assertThat(preview.prospect().localTimeProperty().get()).isEmpty();
    }

    @Test
    void aRefusedSendThroughTheQueueOpensSendAgainBecauseTheQueueHearsFirst() {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        SendService sender = new SendService(gateway, runner);
        SendQueue queue = new SendQueue(sender, new ManualDelays(), () -> Duration.ZERO, 4);
        PreviewViewModel pane = new PreviewViewModel(gateway, runner, queue);
        pane.senders().load();
        pane.show(summary(4));
        gateway.failNext(new GatewayException(GatewayException.Kind.REJECTED, "The recipient is suppressed."));

        assertThat(pane.sendOrComplete()).isTrue();

        assertThat(gateway.calls).contains("execute 4");
        assertThat(queue.isQueued(4)).isFalse();
        assertThat(pane.complaints().sendErrorProperty().get()).contains("suppressed");
        assertThat(pane.gate().blockedReasonProperty().get()).as("Send is open again for the rep's fix").isEmpty();
        assertThat(pane.gate().editableProperty().get()).as("and the message can be edited").isTrue();
    }

    @Test
    void aTaskThatCannotBeReadShowsItsCopyWhichNothingActsOnUntilItIsReadAfresh(@TempDir Path dir) {
        DetailCopies copies = DetailCopies.at(dir.resolve("task-copies.properties"), Clock.systemUTC());
        copies.keep(FakeTaskGateway.task(1, TaskType.MANUAL_EMAIL, null));   // read in an earlier run
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        PreviewViewModel offline = new PreviewViewModel(gateway, runner, Queues.withoutUndo(new SendService(gateway, runner)),
                DraftStore.NONE, copies);
        offline.senders().load();
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_SENT, "Could not reach Reply."));

        offline.show(summary(1));

        assertThat(offline.detailProperty().get().id()).isEqualTo(1);
        assertThat(offline.editor().subjectProperty().get()).isEqualTo("Hi Ann");
        assertThat(offline.loadErrorProperty().get()).isEmpty();
        assertThat(offline.gate().blockedReasonProperty().get()).startsWith("Reply cannot be reached: this is the task as read at ");
        assertThat(offline.gate().editableProperty().get()).as("a draft can be started").isTrue();
        assertThat(offline.sendOrComplete()).isFalse();
        assertThat(offline.completeAndFinish()).isFalse();
        assertThat(gateway.calls).noneMatch(call -> call.startsWith("execute") || call.startsWith("complete"));

        offline.readAgainIfCopy();

        assertThat(gateway.calls).filteredOn("get 1"::equals).hasSize(2);
        assertThat(offline.gate().copyReadAtProperty().get()).isNull();
        assertThat(offline.gate().blockedReasonProperty().get()).isEmpty();
    }

    @Test
    void aTaskReplyNoLongerHasShowsNoCopy(@TempDir Path dir) {
        DetailCopies copies = DetailCopies.at(dir.resolve("task-copies.properties"), Clock.systemUTC());
        copies.keep(FakeTaskGateway.task(1, TaskType.MANUAL_EMAIL, null));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        PreviewViewModel pane = new PreviewViewModel(gateway, runner, Queues.withoutUndo(new SendService(gateway, runner)),
                DraftStore.NONE, copies);
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_FOUND, "No such task.",
                new GatewayException.ServerProblem("Not Found", "", GatewayException.TASK_NOT_FOUND, List.of()), null, null));

        pane.show(summary(1));

        assertThat(pane.detailProperty().get()).isNull();
        assertThat(pane.loadErrorProperty().get()).startsWith("Could not show this task.");
    }
}

package dev.taskinbox.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.Queues;
import dev.taskinbox.support.ManualDelays;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.SenderChoice;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preview, the pre-flight and the execute body agree on the sender, whatever state the mailboxes are in. */
class SenderShownIsSenderUsedTest {
    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private final ManualDelays delays = new ManualDelays();
    private PreviewViewModel preview;

    @BeforeEach
    void setUp() {
        gateway.add(FakeTaskGateway.task(1, TaskType.MANUAL_EMAIL, null));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        SendService sender = new SendService(gateway, runner);
        preview = new PreviewViewModel(gateway, runner, Queues.withoutUndo(sender));
        preview.senders().retryWith(delays);
    }

    private static TaskSummary summary(long id) {
        return new TaskSummary(id, TaskType.MANUAL_EMAIL, TaskStatus.NEW, null, "Ann", null, null, null, null, false);
    }

    /** The pre-flight's entry for task 1, as the bulk dialog would show it. */
    private BulkPlan.Entry plan() {
        BulkPlan[] plan = new BulkPlan[1];
        preview.bulk().run(List.of(1L), ready -> plan[0] = ready);
        return plan[0].of(BulkPlan.Entry.Kind.SEND).get(0);
    }

    @Test
    void aDisconnectedDefaultIsShownAsTheStandInAndTheStandInIsNamedInTheRequest() {
        gateway.setAccounts(List.of(new EmailAccount(11, "sam@acme.example", "Sam", true, false),
                new EmailAccount(12, "sam.alt@acme.example", "Sam S.", false, true)));
        preview.senders().load();
        preview.show(summary(1));

        assertThat(preview.editor().accountProperty().get().email()).isEqualTo("sam.alt@acme.example");
        assertThat(plan().sender()).isEqualTo("sam.alt@acme.example");
        assertThat(preview.sendOrComplete()).isTrue();
        assertThat(gateway.executed).as("never {}: Reply would use the disconnected default")
                .containsExactly(new SendRequest(null, 12L));
    }

    @Test
    void withNothingConnectedTheSendIsBlockedWithTheReason() {
        gateway.setAccounts(List.of(new EmailAccount(11, "sam@acme.example", "Sam", true, false)));
        preview.senders().load();
        preview.show(summary(1));

        assertThat(preview.gate().blockedReasonProperty().get()).contains("sam@acme.example is disconnected");
        assertThat(preview.sendOrComplete()).isFalse();
        assertThat(gateway.executed).isEmpty();
    }

    @Test
    void unreadableAccountsNeitherBlockNorGuessAndAreReadAgainLater() {
        gateway.failNext(new GatewayException(GatewayException.Kind.SERVER_ERROR, "Reply had a problem on its side."));
        preview.senders().load();
        preview.show(summary(1));

        assertThat(preview.gate().blockedReasonProperty().get()).isEmpty();
        assertThat(preview.gate().senderNoteProperty().get()).startsWith(SenderChoice.DEFAULT_UNREAD);
        assertThat(plan().sender()).isEqualTo(SenderChoice.DEFAULT_UNREAD);

        delays.advance(Duration.ofSeconds(5));

        assertThat(gateway.calls).filteredOn("accounts"::equals).hasSize(2);
        assertThat(preview.gate().senderNoteProperty().get()).isEmpty();
        assertThat(preview.editor().accountProperty().get().id()).isEqualTo(11L);
        preview.sendOrComplete();
        assertThat(gateway.executed).containsExactly(SendRequest.AS_IS);
    }

    @Test
    void aKeyWithoutTheScopeIsNotAskedAgainAndStillSendsAsIs() {
        gateway.failNext(new GatewayException(GatewayException.Kind.FORBIDDEN, "Your API key is not allowed to do this."));
        preview.senders().load();
        preview.show(summary(1));
        delays.advance(Duration.ofHours(1));

        assertThat(gateway.calls).filteredOn("accounts"::equals).hasSize(1);
        preview.sendOrComplete();
        assertThat(gateway.executed).containsExactly(SendRequest.AS_IS);
    }
}

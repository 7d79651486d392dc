package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.task.DraftStore;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.Queues;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendJournal;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskType;
import dev.taskinbox.today.DayLog;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The daily-limit estimate counts emails that left a mailbox: the one named, else the default; never a completed one. */
class MailCounterTest {
    @Test
    void sendsCountByMailboxAndACompleteCountsNothing() {
        FakeTaskGateway gateway = new FakeTaskGateway();
        for (long id = 1; id <= 3; id++) {
            gateway.add(FakeTaskGateway.task(id, TaskType.MANUAL_EMAIL, null));
        }
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        SendService service = new SendService(gateway, runner, SendJournal.NONE);
        PreviewViewModel preview = new PreviewViewModel(gateway, runner, Queues.withoutUndo(service), DraftStore.NONE);
        preview.senders().load();
        new MailCounter(service, preview.senders(), DayLog.inMemory(), Clock.systemUTC());

        service.send(1, SendRequest.AS_IS);                                    // from the default, 11
        service.send(2, new SendRequest(new MessageContent("Hi", "<p>x</p>"), 12L));
        service.complete(3);

        assertThat(preview.senders().sentToday().sent(11)).isEqualTo(1);
        assertThat(preview.senders().sentToday().sent(12)).isEqualTo(1);
        assertThat(gateway.executed).hasSize(2);
    }
}

package dev.taskinbox.support;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.outbox.HeldSend;
import dev.taskinbox.outbox.Outbox;
import dev.taskinbox.outbox.OutboxFile;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.SendJournal;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * A rep's session in a child JVM, to be killed: holds one SMS for a time to come (the Outbox saves it
 * before it says "Held"), then waits to be killed. Uses the app's real client and outbox.
 *   KillableOutbox API_ROOT DATA_DIR SMS_TASK_ID SEND_AT
 */
public final class KillableOutbox {
    private KillableOutbox() {
    }

    public static void main(String[] args) throws InterruptedException {
        ReplyTaskGateway gateway = ReplyTaskGateway.create(ApiEndpoint.parse(args[0]), "kill-test-key", TestBudgets.fastOptions());
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        InboxViewModel inbox = new InboxViewModel(gateway, runner, Clock.systemUTC());
        Outbox outbox = new Outbox(gateway, runner, Queues.withoutUndo(new SendService(gateway, runner, SendJournal.NONE)),
                inbox, OutboxFile.at(Path.of(args[1]).resolve("outbox.properties"), Clock.systemUTC()), new ManualDelays(),
                Clock.systemUTC());
        outbox.start();
        outbox.hold(new HeldSend(Long.parseLong(args[2]), "Marco", TaskType.SMS, Instant.parse(args[3]), "Europe/Rome",
                SendRequest.AS_IS));
        Thread.sleep(Long.MAX_VALUE);
    }
}

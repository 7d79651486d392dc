package dev.taskinbox.support;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.drafts.FileDraftStore;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.FileSendJournal;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A rep's session in a child JVM, to be killed: edits an email (the draft store saves it on its
 * own) and starts sending an SMS (the journal records it), then waits to be killed. Uses the app's
 * real client, stores and view model; only the window is missing.
 *   KillableSession API_ROOT DATA_DIR EMAIL_TASK_ID SMS_TASK_ID
 */
public final class KillableSession {
    private KillableSession() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(args[1]);
        long emailId = Long.parseLong(args[2]);
        long smsId = Long.parseLong(args[3]);
        ReplyTaskGateway gateway = ReplyTaskGateway.create(ApiEndpoint.parse(args[0]), "kill-test-key",
                TestBudgets.fastOptions());
        ThreadTaskRunner runner = new ThreadTaskRunner();
        SendService sender = new SendService(gateway, runner,
                new FileSendJournal(data.resolve("send-journal.properties"), Clock.systemUTC()));
        FileDraftStore drafts = new FileDraftStore(data.resolve("drafts.properties"), Clock.systemUTC());
        PreviewViewModel preview = new PreviewViewModel(gateway, new dev.taskinbox.common.fx.SameThreadTaskRunner(),
                Queues.withoutUndo(sender), drafts);

        preview.show(new TaskSummary(emailId, TaskType.MANUAL_EMAIL, TaskStatus.NEW, null, "", null, null, null, null, false));
        preview.editingProperty().set(true);
        preview.editor().bodyProperty().set(preview.editor().bodyProperty().get() + "<p>Typed just before the crash.</p>");

        // The edit is on disk before the SMS leaves: the test kills this process while the SMS is out
        // (the slow server's 2 s), and a draft write slowed by a busy disk must not outlast that window.
        drafts.flush();
        sender.send(smsId, SendRequest.AS_IS);
        Thread.sleep(Long.MAX_VALUE);
    }
}

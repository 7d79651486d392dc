package dev.taskinbox.app;

import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.drafts.FileDraftStore;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.FileSendJournal;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.KillableSession;
import dev.taskinbox.support.Queues;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app is killed (destroyForcibly, like kill -9) while an email is being edited and an SMS is on
 * its way; the next start must restore the edit and learn from Reply what became of the SMS,
 * without ever sending it a second time.
 */
class KillTest {
    private static final long EMAIL = 5015;   // a manual email outside any sequence in the demo data
    private static final long SMS = 5002;

    @TempDir
    Path data;

    @Test
    void aKilledAppRestoresTheEditAndReconcilesTheSendOnTheNextStart() throws Exception {
        // The server answers slowly, so the SMS is certainly in flight when the app dies.
        DemoOptions slow = DemoOptions.defaults().withLatency(Duration.ofSeconds(2));
        try (DemoServer server = DemoServer.start(slow, 0)) {
            Process app = startSession(server);
            try {
                awaitTrue("the edit is on disk and the SMS has left",
                        () -> fileContains("drafts.properties", "Typed just before the crash")
                                && fileContains("send-journal.properties", Long.toString(SMS))
                                // Arrived, not yet answered: the server waits out its 2 s before it counts
                                // an execute as admitted, and by then the answer is on its way.
                                && server.requests().stream().anyMatch(r -> r.method().equals("POST")
                                        && r.path().equals("/v3/tasks/" + SMS + "/execute")));
            } finally {
                app.destroyForcibly();
                assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }

            awaitTrue("the server has finished the SMS the dead app sent",
                    () -> server.sentMessages().stream().anyMatch(m -> m.taskId() == SMS));

            // The next start: same files, same server.
            ReplyTaskGateway gateway = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());
            SameThreadTaskRunner runner = new SameThreadTaskRunner();
            FileSendJournal journal = new FileSendJournal(data.resolve("send-journal.properties"), Clock.systemUTC());
            SendService sender = new SendService(gateway, runner, journal);
            PreviewViewModel preview = new PreviewViewModel(gateway, runner, Queues.withoutUndo(sender),
                    new FileDraftStore(data.resolve("drafts.properties"), Clock.systemUTC()));

            assertThat(journal.pending()).containsExactly(SMS);
            assertThat(sender.canSubmit(SMS)).isTrue();
            sender.recoverJournal();

            // The server finished the SMS after the app died: the check says so, and nothing is resent.
            assertThat(journal.pending()).isEmpty();
            TaskDetail sms = gateway.task(SMS);
            assertThat(sms.status()).isEqualTo(TaskStatus.FINISHED);
            assertThat(server.executeCalls(SMS)).isEqualTo(1);
            assertThat(server.sentMessages()).extracting(m -> m.taskId()).containsExactly(SMS);

            preview.show(new TaskSummary(EMAIL, TaskType.MANUAL_EMAIL, TaskStatus.NEW, null, "", null, null, null, null, false));
            assertThat(preview.detailProperty().get().type()).isEqualTo(TaskType.MANUAL_EMAIL);
            assertThat(preview.drafts()).containsKey(EMAIL);
            assertThat(preview.editor().bodyProperty().get()).endsWith("<p>Typed just before the crash.</p>");
            preview.show(new TaskSummary(SMS, TaskType.SMS, TaskStatus.NEW, null, "", null, null, null, null, false));
            assertThat(preview.sendOrComplete()).as("a finished SMS cannot be sent again").isFalse();
            assertThat(server.executeCalls(SMS)).isEqualTo(1);
        }
    }

    private Process startSession(DemoServer server) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                KillableSession.class.getName(), server.root().toString(), data.toString(),
                Long.toString(EMAIL), Long.toString(SMS));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("session.log").toFile()).start();
    }

    private boolean fileContains(String name, String text) {
        try {
            Path file = data.resolve(name);
            return Files.exists(file) && Files.readString(file).contains(text);
        } catch (IOException beingReplaced) {
            return false;
        }
    }

    /**
     * Polls the child's files (a short pause between reads, no spinning). The bound is generous: the
     * child JVM starts, and the slow server takes 2 s for each of its reads, on a machine CI shares.
     */
    private void awaitTrue(String what, BooleanSupplier condition) throws IOException {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException late) {
            throw new AssertionError("Timed out waiting until " + what + "; session log:\n"
                    + (Files.exists(data.resolve("session.log")) ? Files.readString(data.resolve("session.log")) : ""), late);
        }
    }
}

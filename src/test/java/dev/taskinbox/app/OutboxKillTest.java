package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.outbox.Outbox;
import dev.taskinbox.outbox.OutboxFile;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.KillableOutbox;
import dev.taskinbox.support.ManualDelays;
import dev.taskinbox.support.MutableClock;
import dev.taskinbox.support.Queues;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.SendJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A send held for later survives a kill -9 of the app and, after the next start, goes at its time, exactly once. */
class OutboxKillTest {
    private static final long SMS = 5002;

    @TempDir
    Path data;

    @Test
    void aHeldSendSurvivesAKillAndGoesOnceAtItsTime() throws Exception {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults(), 0)) {
            Instant sendAt = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
            Process app = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), KillableOutbox.class.getName(), server.root().toString(),
                    data.toString(), Long.toString(SMS), sendAt.toString()))
                    .redirectErrorStream(true).redirectOutput(data.resolve("session.log").toFile()).start();
            try {
                WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> held().contains(SMS + ".sendAt"));
            } finally {
                app.destroyForcibly();
                assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(server.executeCalls(SMS)).as("nothing went before its time").isZero();

            // The next start, same files; the clock then runs on to the send's time, ticking as the app's does.
            MutableClock clock = new MutableClock(Instant.now());
            ManualDelays delays = new ManualDelays();
            ReplyTaskGateway gateway = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());
            SameThreadTaskRunner runner = new SameThreadTaskRunner();
            InboxViewModel inbox = new InboxViewModel(gateway, runner, clock);
            Outbox outbox = new Outbox(gateway, runner, Queues.withoutUndo(new SendService(gateway, runner, SendJournal.NONE)),
                    inbox, OutboxFile.at(data.resolve("outbox.properties"), clock), delays, clock);
            List<Object> asked = new ArrayList<>();
            outbox.onDueUnseen(asked::add);
            outbox.start();
            assertThat(outbox.held()).extracting(held -> held.taskId()).containsExactly(SMS);

            while (clock.instant().isBefore(sendAt.plus(Duration.ofMinutes(2)))) {
                clock.advance(Duration.ofSeconds(15));
                delays.advance(Duration.ofSeconds(15));
            }

            assertThat(asked).as("its time came while the app ran: no question").isEmpty();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> server.executeCalls(SMS) == 1);
            assertThat(server.executeCalls(SMS)).isEqualTo(1);
            assertThat(outbox.held()).isEmpty();
            assertThat(held()).doesNotContain(SMS + ".sendAt");
        }
    }

    private String held() {
        try {
            Path file = data.resolve("outbox.properties");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException beingReplaced) {
            return "";
        }
    }
}

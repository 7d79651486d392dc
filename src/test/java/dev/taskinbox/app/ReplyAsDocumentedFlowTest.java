package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.demo.SentMessage;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole window against a Reply as its docs describe it, not as the demo is kind: the rep's
 * default mailbox is disconnected, and a send Reply committed shows as done only seconds later.
 * Started as a rep would, with only a key and the URL; the build runs it in both generations.
 */
@ExtendWith(ApplicationExtension.class)
class ReplyAsDocumentedFlowTest {
    private DemoServer server;
    private AppContext context;

    @Start
    void start(Stage stage) throws IOException {
        server = DemoServer.start(DemoOptions.defaults().withStatusLag(Duration.ofSeconds(2))
                .withDemands(DemoOptions.Demands.NONE.withDefaultDisconnected()), 0);
        Path home = Files.createTempDirectory("documented-flow");
        context = AppOnStage.connectedTo(server, home, options -> options.withBudget(TestBudgets.roomy()));
        context.setUndoWindow(Duration.ZERO);
        AppOnStage.show(stage, context);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void aNonSequenceEmailGoesFromTheAccountThePreviewShows(FxRobot robot) throws Exception {
        TaskRow row = FlowRobot.selectFirstSendable(robot, server,
                r -> r.summary().type() == TaskType.MANUAL_EMAIL && !r.summary().fromSequence());
        @SuppressWarnings("unchecked")
        ComboBox<EmailAccount> from = robot.lookup("#preview-account").queryAs(ComboBox.class);
        waitFor("the sender is known", () -> from.getValue() != null);
        assertThat(from.getValue().email()).as("the default is disconnected; a connected account stands in")
                .isEqualTo("sam.seller@acme-outreach.example");

        robot.clickOn("#preview-send");

        waitFor("the email is sent", () -> row.statusProperty().get() == TaskStatus.FINISHED);
        assertThat(server.sentMessages()).singleElement().satisfies(message -> {
            assertThat(message.taskId()).isEqualTo(row.id());
            assertThat(message.emailAccountId()).as("the account the preview showed").isEqualTo(12L);
        });
        assertThat(server.requests()).filteredOn(r -> r.path().equals("/v3/tasks/" + row.id() + "/execute"))
                .singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("{\"emailAccountId\":12}"));
    }

    @Test
    void aSendWhoseAnswerIsLostIsSettledByTwoReadsAndNeverSentTwice(FxRobot robot) throws Exception {
        TaskRow row = FlowRobot.selectFirstSendable(robot, server, r -> r.summary().type() == TaskType.SMS);
        server.scriptNextExecute(row.id(), "500-after");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitFor("Reply's own record decides", () -> "Sent".equals(row.activityProperty().get()));
        long reads = server.requests().stream().filter(r -> r.method().equals("GET")
                && r.path().equals("/v3/tasks/" + row.id())).count();
        assertThat(reads).as("the preview's read, then a first check that still saw New, then a second")
                .isGreaterThanOrEqualTo(3);
        assertThat(server.executeCalls(row.id())).isEqualTo(1);
        assertThat(server.sentMessages()).extracting(SentMessage::taskId).containsExactly(row.id());
    }
}

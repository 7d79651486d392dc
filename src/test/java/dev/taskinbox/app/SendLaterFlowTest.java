package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.settings.FileApiKeyStore;
import dev.taskinbox.support.MutableClock;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * L holds a send for 9:00 their time: nothing goes now; it survives a restart; once its time has
 * passed while the app was closed, it goes only when the rep says so, and exactly once. Cancelled
 * from the Outbox, it never goes.
 */
@ExtendWith(ApplicationExtension.class)
class SendLaterFlowTest {
    private DemoServer server;
    private AppContext context;
    private Stage stage;
    private Path home;
    private final MutableClock clock = new MutableClock(Instant.now());

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = DemoServer.start(DemoOptions.defaults(), 0);
        home = Files.createTempDirectory("send-later");
        context = AppOnStage.show(stage, open());
    }

    /** What start-up reads, read here (off the FX thread, as the app does); built on the FX thread. */
    private AppContext.Prepared prepare() {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        return AppContext.prepare(new LaunchConfig(false, server.root().toString(), "k"), clock, dirs,
                new FileApiKeyStore(dirs.config().resolve("api-key")), (ClientOptions options) -> options.withBudget(TestBudgets.roomy()));
    }

    private AppContext open() {
        return prepare().build();
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void heldAcrossARestartItGoesOnceWhenTheRepSaysSo(FxRobot robot) throws Exception {
        TaskRow sms = FlowRobot.selectFirstSendable(robot, server, row -> row.summary().type() == TaskType.SMS);

        robot.type(KeyCode.L);
        waitFor("it is held", () -> robot.lookup("#status-message").queryLabeled().getText().startsWith("Held: SMS to "));
        assertThat(Files.readString(home.resolve("data").resolve("outbox.properties"))).contains(sms.id() + ".sendAt");
        assertThat(robot.lookup("#outbox-count").queryLabeled().getText()).isEqualTo("Outbox 1");

        context.close();   // off the FX thread, as the app's exit does its flushing
        clock.advance(Duration.ofDays(4));   // well past the next 9:00 there, with the app closed
        AppContext.Prepared restarted = prepare();
        robot.interact(() -> context = AppOnStage.show(stage, restarted.build()));

        waitFor("the rep is asked about it", () -> robot.lookup("#outbox-due-send").tryQuery()
                .filter(button -> button.getScene() != null && button.getScene().getWindow() != null
                        && button.getScene().getWindow().isShowing() && button.isVisible()).isPresent());
        assertThat(server.executeCalls(sms.id())).as("nothing went unseen").isZero();
        FlowRobot.click(robot, "#outbox-due-send");

        waitFor("it went", () -> server.task(sms.id()).finished());
        assertThat(server.executeCalls(sms.id())).isEqualTo(1);
        waitFor("the outbox is empty on disk", () -> !Files.readString(home.resolve("data").resolve("outbox.properties"))
                .contains(".sendAt"));
    }

    @Test
    void cancelledFromTheOutboxItNeverGoes(FxRobot robot) throws Exception {
        TaskRow sms = FlowRobot.selectFirstSendable(robot, server, row -> row.summary().type() == TaskType.SMS);
        robot.type(KeyCode.L);
        waitFor("it is held", () -> robot.lookup("#outbox-count").tryQuery().map(node -> node.isVisible()).orElse(false));

        FlowRobot.click(robot, "#outbox-count");
        waitFor("the Outbox is open", () -> robot.lookup("#outbox-cancel").tryQuery()
                .filter(button -> button.getScene() != null && button.getScene().getWindow() != null
                        && button.getScene().getWindow().isShowing() && !button.isDisabled()).isPresent());
        FlowRobot.click(robot, "#outbox-cancel");

        waitFor("it is cancelled", () -> robot.lookup("#status-message").queryLabeled().getText().startsWith("Cancelled: nothing goes"));
        assertThat(context.window().scene().lookup("#outbox-count").isVisible()).isFalse();
        assertThat(server.executeCalls(sms.id())).isZero();
        assertThat(server.task(sms.id()).finished()).isFalse();
    }
}

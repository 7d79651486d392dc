package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.outbox.HeldSend;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bulk run past a mailbox's daily limit is split: what fits goes now, the rest waits in the Outbox for tomorrow. */
@ExtendWith(ApplicationExtension.class)
class MailboxLimitFlowTest {
    private DemoServer server;
    private AppContext context;

    @Start
    void start(Stage stage) throws IOException {
        DemoOptions options = DemoOptions.defaults();
        server = DemoServer.start(options.withDemands(options.mailboxes().withDailyLimit(2)), 0);
        context = AppOnStage.shownAgainst(stage, server, UnaryOperator.identity());
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void twoGoNowAndTheRestWaitForTomorrow(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        robot.type(KeyCode.DIGIT1);
        waitFor("only emails are shown", () -> table.getItems().stream().allMatch(r -> r.summary().type() == TaskType.MANUAL_EMAIL));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor("the pre-flight summary is shown", () -> robot.lookup("#preflight-go").tryQuery().isPresent());
        String split = robot.lookup(".preflight-split").queryLabeled().getText();
        assertThat(split).startsWith("sam@acme-sales.example has about 2 sends left today").contains("so 2 go now and ");
        long tomorrow = Long.parseLong(split.replaceAll(".* go now and (\\d+) tomorrow.*", "$1"));
        assertThat(tomorrow).isPositive();
        FlowRobot.click(robot, "#preflight-go");

        waitFor("the rest are held", () -> robot.lookup("#outbox-count").tryQuery().map(node -> node.isVisible()
                && ((Labeled) node).getText().equals("Outbox " + tomorrow)).orElse(false));
        FlowRobot.click(robot, "#outbox-count");
        waitFor("the Outbox is open", () -> robot.lookup("#outbox-list").tryQuery()
                .filter(list -> list.getScene() != null && list.getScene().getWindow() != null
                        && list.getScene().getWindow().isShowing()).isPresent());
        @SuppressWarnings("unchecked")
        ListView<HeldSend> held = robot.lookup("#outbox-list").queryAs(ListView.class);
        List<Long> heldIds = held.getItems().stream().map(HeldSend::taskId).toList();
        assertThat(heldIds).hasSize((int) tomorrow);
        waitFor("the sends that fit today have gone", () -> WaitForAsyncUtils.asyncFx(
                () -> table.getItems().stream().noneMatch(r -> context.queue().isQueued(r.id()))).get());
        for (long id : heldIds) {
            assertThat(server.executeCalls(id)).as("task %d waits for tomorrow", id).isZero();
        }
        assertThat(held.getItems()).allSatisfy(send -> assertThat(send.sendAt()).isAfter(java.time.Instant.now().plusSeconds(3600)));
    }
}

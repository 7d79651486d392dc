package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** T shows what the rep got done: three completed in one batch count as three, by type; Skip says Reply has none. */
@ExtendWith(ApplicationExtension.class)
class TodayFlowTest {
    private DemoServer server;
    private AppContext context;

    @Start
    void start(Stage stage) throws IOException {
        server = DemoServer.start(DemoOptions.defaults(), 0);
        context = AppOnStage.shownAgainst(stage, server, UnaryOperator.identity());
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void aBatchOfThreeCountsThreeAndTheScoreShowsThem(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        assertThat(robot.lookup("#today-summary").queryLabeled().getText()).startsWith("Today: 0 done · ");
        robot.press(KeyCode.SHIFT, KeyCode.J).release(KeyCode.J).press(KeyCode.J).release(KeyCode.J, KeyCode.SHIFT);
        waitFor("three are selected", () -> table.getSelectionModel().getSelectedItems().size() == 3);
        List<TaskRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        long emails = chosen.stream().filter(row -> row.summary().type() == dev.taskinbox.task.TaskType.MANUAL_EMAIL).count();

        robot.type(KeyCode.C);
        waitFor("Reply has all three done", () -> chosen.stream().allMatch(row -> server.task(row.id()).finished()));
        waitFor("the status line counts them", () -> robot.lookup("#today-summary").queryLabeled().getText()
                .startsWith("Today: 3 done · "));

        robot.type(KeyCode.T);
        waitFor("the score is shown", () -> robot.lookup("#today").tryQuery().isPresent());
        assertThat(robot.lookup("#today-done").queryLabeled().getText()).isEqualTo("3");
        assertThat(robot.lookup("#today-done-MANUAL_EMAIL").queryLabeled().getText()).isEqualTo(Long.toString(emails));
        robot.type(KeyCode.ESCAPE);

        FlowRobot.click(robot, "#queue-menu");
        FlowRobot.click(robot, "#queue-skip");
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).startsWith("Reply has no skip for tasks");
    }
}

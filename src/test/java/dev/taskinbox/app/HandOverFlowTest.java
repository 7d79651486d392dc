package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;
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

/** H hands the selected tasks to a teammate: Reply has them assigned to that teammate, and they leave the list. */
@ExtendWith(ApplicationExtension.class)
class HandOverFlowTest {
    /** Jordan Closer, the third of the demo team (the first is the rep). */
    private static final long JORDAN = 1003;

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
    void twoTasksGoToTheTeammatePickedAndLeaveTheList(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.table(robot);
        waitFor("the list has loaded, its first row selected", () -> table.getItems().size() == 70 && table.isFocused()
                && table.getSelectionModel().getSelectedItem() != null);
        robot.press(KeyCode.SHIFT, KeyCode.J).release(KeyCode.J, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        List<TaskRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        assertThat(chosen).hasSize(2);

        robot.type(KeyCode.H);
        waitFor("the teammates are offered", () -> robot.lookup("#handover").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<dev.taskinbox.task.TeamUser> to = robot.lookup("#handover .combo-box").queryAs(ComboBox.class);
        assertThat(to.getItems()).extracting(dev.taskinbox.task.TeamUser::id).as("the rep is not offered")
                .containsExactly(1002L, JORDAN);
        robot.interact(() -> to.getSelectionModel().select(1));
        robot.type(KeyCode.ENTER);

        waitFor("the status line says it is done", () -> robot.lookup("#status-message").queryLabeled().getText()
                .equals("Handed 2 tasks to Jordan Closer."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen).noneMatch(table.getItems()::contains);
        for (TaskRow row : chosen) {
            assertThat(server.task(row.id()).assignedUserId()).as("Reply has task %d with Jordan", row.id()).isEqualTo(JORDAN);
        }
        assertThat(table.getItems()).hasSize(68);
        assertThat(server.requests()).as("one batch reassign, in the server's own member name")
                .filteredOn(r -> r.path().equals("/v3/tasks/batch/assign")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains(server.seedDialect() ? "\"assignedUserId\":1003" : "\"userId\":1003"));
    }
}

package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;

import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the whole-window tests do as a rep: find the list, pick a task whose preview can be sent. */
final class FlowRobot {
    private FlowRobot() {
    }

    @SuppressWarnings("unchecked")
    static TableView<TaskRow> table(FxRobot robot) {
        return robot.lookup("#task-table").queryAs(TableView.class);
    }

    /**
     * Clicks, in list order, the rows matching {@code wanted} until one's preview can be sent (some
     * demo emails hold an unresolved {{variable}} on purpose), and returns that row.
     */
    static TaskRow selectFirstSendable(FxRobot robot, DemoServer server, Predicate<TaskRow> wanted) throws Exception {
        TableView<TaskRow> table = table(robot);
        waitFor("the tasks are listed", () -> table.getItems().size() >= 60);
        Button send = robot.lookup("#preview-send").queryButton();
        for (TaskRow row : table.getItems().stream().filter(wanted).toList()) {
            robot.interact(() -> table.scrollTo(row));
            Node rowNode = robot.lookup(".table-row-cell").match((TableRow<TaskRow> r) -> r.getItem() == row).query();
            robot.clickOn(rowNode);
            waitFor("the preview has read the task", () -> server.requests().stream()
                    .anyMatch(r -> r.path().equals("/v3/tasks/" + row.id()))
                    && !robot.lookup("#preview-blocked").queryLabeled().getText().startsWith("Loading")
                    && !robot.lookup("#preview-blocked").queryLabeled().getText().startsWith("Checking"));
            WaitForAsyncUtils.waitForFxEvents();
            if (!send.isDisabled()) {
                return row;
            }
        }
        throw new AssertionError("No task of that kind can be sent");
    }

    /** Waits until the node is in a window that is showing, and visible: only then can a rep click it. */
    static void waitShown(FxRobot robot, String query) throws Exception {
        waitFor(query + " is on screen", () -> robot.lookup(query).tryQuery()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing() && node.isVisible()).isPresent());
    }

    /**
     * Clicks the node once a rep could (see {@link #waitShown}). A button is fired as its click
     * would: TestFX's own visibility test can still say "not visible" for a dialog's button in the
     * pulse after its window shows, which made these flows flaky on a loaded machine.
     */
    static void click(FxRobot robot, String query) throws Exception {
        waitShown(robot, query);
        if (robot.lookup(query).query() instanceof javafx.scene.control.ButtonBase button) {
            robot.interact(button::fire);
        } else {
            robot.clickOn(query);
        }
    }

    /** The task list once the demo's 70 tasks are in, the first selected and the list focused. */
    static TableView<TaskRow> loaded(FxRobot robot) throws Exception {
        TableView<TaskRow> table = table(robot);
        waitFor("the list has loaded, its first row selected", () -> table.getItems().size() == 70 && table.isFocused()
                && table.getSelectionModel().getSelectedItem() != null);
        return table;
    }
}

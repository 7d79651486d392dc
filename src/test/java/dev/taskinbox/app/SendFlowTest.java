package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.demo.SentMessage;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
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

/** The whole app on demo data, driven the way a rep drives it. */
@ExtendWith(ApplicationExtension.class)
class SendFlowTest {
    private static final String ADDED = " PS: edited in Task Inbox";

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws java.io.IOException {
        this.stage = stage;
        context = AppOnStage.onDemoData(Clock.systemDefaultZone());
        // These flows are about sending; the undo window has tests of its own.
        context.setUndoWindow(Duration.ZERO);
        AppOnStage.show(stage, context);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private DemoServer server() {
        return context.demoServer().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<TaskRow> table(FxRobot robot) {
        return robot.lookup("#task-table").queryAs(TableView.class);
    }


    private TaskRow selectFirst(FxRobot robot, Predicate<TaskRow> wanted) throws Exception {
        return FlowRobot.selectFirstSendable(robot, server(), wanted);
    }

    @Test
    void editAndSendAnEmailOnce(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).contains("Demo data");
        TaskRow row = selectFirst(robot, r -> r.summary().type() == TaskType.MANUAL_EMAIL && !r.summary().fromSequence());

        String template = context.preview().editor().bodyProperty().get();
        robot.clickOn("#preview-edit");
        robot.clickOn("#preview-rich-editor");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(ADDED);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        robot.clickOn("#preview-send");

        waitFor("the row shows the server's status", () -> row.statusProperty().get() == TaskStatus.FINISHED);
        assertThat(row.activityProperty().get()).isEqualTo("Sent");
        assertThat(server().executeCalls(row.id())).isEqualTo(1);
        List<SentMessage> sent = server().sentMessages();
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.taskId()).isEqualTo(row.id());
            // The template's paragraphs as they came, the last one with the words typed, the last word bold.
            String lastParagraph = template.substring(template.lastIndexOf("<p>"));
            String typed = lastParagraph.replace("</p>", ADDED.replace("Inbox", "<b>Inbox</b>") + "</p>");
            assertThat(message.body()).isEqualTo(template.substring(0, template.lastIndexOf("<p>")) + typed)
                    .doesNotContain("&lt;");
            assertThat(message.emailAccountId()).isEqualTo(11L);
        });
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).startsWith("Sent: ");
        assertThat(table(robot).getSelectionModel().getSelectedItem()).as("run-through moved on").isNotSameAs(row);
    }

    @Test
    void ctrlEnterSendsTheSelectedSms(FxRobot robot) throws Exception {
        TaskRow row = selectFirst(robot, r -> r.summary().type() == TaskType.SMS);

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitFor("the SMS is sent", () -> row.statusProperty().get() == TaskStatus.FINISHED);
        assertThat(server().executeCalls(row.id())).isEqualTo(1);
        assertThat(server().requests()).filteredOn(r -> r.path().equals("/v3/tasks/" + row.id() + "/execute"))
                .singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("{}"));
        // Run-through: the next task is selected, so the same key cannot send this one again.
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isNotSameAs(row);
    }

    @Test
    void theListHasTheKeyboardFromTheStartAndThePreviewFollowsTheArrows(FxRobot robot) throws Exception {
        TableView<TaskRow> table = table(robot);
        waitFor("the first task is selected", () -> table.getSelectionModel().getSelectedIndex() == 0);
        assertThat(table.isFocused()).isTrue();

        robot.type(KeyCode.DOWN, 2);

        TaskRow third = table.getItems().get(2);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(third);
        TaskDetail expected = ReplyTaskGateway.create(new ApiEndpoint(server().root()), "test").task(third.id());
        String address = expected.target().addressFor(expected.type()).orElseThrow();
        waitFor("the preview shows the third task",
                () -> robot.lookup("#preview-target").queryLabeled().getText().equals(address));
    }

    @Test
    void aCallIsCompletedNotSent(FxRobot robot) throws Exception {
        TaskRow row = selectFirst(robot, r -> r.summary().type() == TaskType.CALL);
        assertThat(robot.lookup("#preview-send").queryButton().getText()).isEqualTo("Complete");

        robot.clickOn("#preview-send");

        waitFor("the call is completed", () -> row.statusProperty().get() == TaskStatus.FINISHED);
        assertThat(server().sentMessages()).isEmpty();
        assertThat(row.activityProperty().get()).isEqualTo("Done");
    }

    @Test
    void runThroughThreeInARowEachNextPreviewIsAlreadyThere(FxRobot robot) throws Exception {
        TableView<TaskRow> table = table(robot);
        waitFor("the tasks are listed", () -> table.getItems().size() >= 60);
        // Rows 3 to 6 of the demo list: a meeting, a LinkedIn task, an SMS and an SMS — none blocked.
        robot.interact(() -> table.getSelectionModel().clearAndSelect(3));
        for (int step = 0; step < 3; step++) {
            int at = 3 + step;
            TaskRow current = table.getItems().get(at);
            TaskRow next = table.getItems().get(at + 1);
            waitFor("the next task has been read ahead", () -> server().requests().stream()
                    .anyMatch(r -> r.path().equals("/v3/tasks/" + next.id())));
            waitFor("the current preview can act", () -> !robot.lookup("#preview-send").queryButton().isDisabled());

            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(next);
            assertThat(robot.lookup("#preview-blocked").queryLabeled().getText()).doesNotStartWith("Loading");
            assertThat(robot.lookup(".preview .progress-indicator").queryAs(Node.class).isVisible())
                    .as("no loading state for the next preview").isFalse();
            waitFor("task " + current.id() + " is done", () -> current.statusProperty().get() == TaskStatus.FINISHED);
        }
    }
}

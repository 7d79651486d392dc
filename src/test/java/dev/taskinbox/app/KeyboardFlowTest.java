package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.settings.FileApiKeyStore;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Button;
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

/**
 * The rep's keyboard alone against a Reply that is not the embedded demo (a separate demo server
 * with 400 tasks): clearing a mixed queue, a bulk send with trouble, Undo, and Esc mid-batch.
 * The server's own records are the judge.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowTest {
    private DemoServer server;
    private AppContext context;
    private Path home;
    private int keys;

    @Start
    void start(Stage stage) throws IOException {
        server = DemoServer.start(DemoOptions.defaults().withTaskCount(400).withLatency(Duration.ofMillis(20)), 0);
        home = Files.createTempDirectory("keyboard-flow");
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        // Reply's 100 a minute would make a 50-task run take over a minute here; the budget has tests of its own.
        context = AppContext.create(new LaunchConfig(false, server.root().toString(), "k"), Clock.systemUTC(), dirs,
                new FileApiKeyStore(dirs.config().resolve("api-key")), options -> options.withBudget(TestBudgets.roomy()));
        context.setUndoWindow(Duration.ofSeconds(1));
        AppOnStage.show(stage, context);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<TaskRow> table(FxRobot robot) {
        return robot.lookup("#task-table").queryAs(TableView.class);
    }


    private void press(FxRobot robot, KeyCode... chord) {
        keys++;
        robot.press(chord).release(reversed(chord));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KeyCode[] reversed(KeyCode[] chord) {
        KeyCode[] out = new KeyCode[chord.length];
        for (int i = 0; i < chord.length; i++) {
            out[i] = chord[chord.length - 1 - i];
        }
        return out;
    }

    private void awaitPreviewOf(FxRobot robot, TaskRow row) throws Exception {
        waitFor("the preview shows task " + row.id(), () -> server.requests().stream()
                .anyMatch(r -> r.path().equals("/v3/tasks/" + row.id()))
                && !robot.lookup("#preview-blocked").queryLabeled().getText().startsWith("Loading")
                && !robot.lookup("#preview-blocked").queryLabeled().getText().startsWith("Checking"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMixedQueueOfTwentyIsClearedFromTheKeyboardAlone(FxRobot robot) throws Exception {
        TableView<TaskRow> table = table(robot);
        waitFor("the list has loaded, its first row selected", () -> table.getItems().size() == 400 && table.isFocused()
                && table.getSelectionModel().getSelectedItem() != null);
        List<TaskRow> cleared = new ArrayList<>();
        Button send = robot.lookup("#preview-send").queryButton();

        for (int i = 0; i < 20; i++) {
            TaskRow row = WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedItem()).get();
            awaitPreviewOf(robot, row);
            if (send.isDisabled()) {
                press(robot, KeyCode.C);                          // blocked (e.g. a {{variable}} left): mark done
            } else {
                press(robot, KeyCode.CONTROL, KeyCode.ENTER);     // send, or complete a hand-done task
            }
            cleared.add(row);
            // Run-through: the next task is selected by itself.
            waitFor("the next task is selected", () -> WaitForAsyncUtils.asyncFx(() -> {
                TaskRow now = table.getSelectionModel().getSelectedItem();
                return now != null && now != row;
            }).get());
        }

        waitFor("all twenty are done on the server", () -> cleared.stream().allMatch(r -> server.task(r.id()).finished()));
        waitFor("every row shows it", () -> cleared.stream().allMatch(r -> r.statusProperty().get() == TaskStatus.FINISHED));
        assertThat(cleared).extracting(TaskRow::id).doesNotHaveDuplicates();
        assertThat(cleared).allSatisfy(r -> assertThat(server.executeCalls(r.id())).isLessThanOrEqualTo(1));
        System.out.printf("keyboard flow: %d key presses for %d tasks (%.1f per task)%n", keys, 20, keys / 20.0);
        assertThat(keys).as("one key per task").isEqualTo(20);
    }

    @Test
    void aBulkSendOfFiftyWithTroubleEndsAsTheServerSays(FxRobot robot) throws Exception {
        TableView<TaskRow> table = table(robot);
        waitFor("the list has loaded, its first row selected", () -> table.getItems().size() == 400 && table.isFocused()
                && table.getSelectionModel().getSelectedItem() != null);
        press(robot, KeyCode.DIGIT2);
        waitFor("only SMS are shown", () -> table.getItems().stream().allMatch(r -> r.summary().type() == TaskType.SMS));
        press(robot, KeyCode.K);
        for (int i = 0; i < 49; i++) {
            press(robot, KeyCode.SHIFT, KeyCode.J);
        }
        List<TaskRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        assertThat(selected).hasSize(50);
        server.scriptNextExecute(selected.get(0).id(), "400");
        server.scriptNextExecute(selected.get(1).id(), "500-after");
        server.scriptNextExecute(selected.get(2).id(), "429");

        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitFor("the pre-flight summary is shown", () -> robot.lookup("#preflight-go").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Send 50 SMS");
        press(robot, KeyCode.ENTER);

        waitFor("the run is over", () -> onFx(() -> selected.stream().noneMatch(r -> context.queue().isQueued(r.id()))));
        waitFor("the rows have settled", () -> selected.stream().noneMatch(r ->
                r.activityProperty().get().startsWith("Sending") || r.activityProperty().get().equals("Queued")
                        || r.activityProperty().get().startsWith("Checking")));
        for (TaskRow row : selected) {
            assertThat(server.executeCalls(row.id())).as("executes of %d", row.id()).isLessThanOrEqualTo(1);
            assertThat(row.statusProperty().get() == TaskStatus.FINISHED).as("row %d matches the server", row.id())
                    .isEqualTo(server.task(row.id()).finished());
        }
        assertThat(server.task(selected.get(0).id()).finished()).isFalse();
        assertThat(selected.get(0).activityProperty().get()).isEqualTo("Not sent");
        assertThat(server.task(selected.get(1).id()).finished()).as("sent, though its answer was lost").isTrue();
        assertThat(server.task(selected.get(2).id()).finished()).as("sent after the 429").isTrue();
        assertThat(server.sentMessages()).hasSize(49);
        waitFor("the status bar says the run finished", () -> robot.lookup("#send-progress").queryLabeled().getText()
                .startsWith("Finished: 49 done · 1 failed"));
        waitFor("the failure is listed with its reason", () -> robot.lookup("#status-message").queryLabeled().getText()
                .contains("The recipient is suppressed"));
        // The failures stay in view until closed, and one click selects them, ready to fix.
        assertThat(robot.lookup("#attention-text").queryLabeled().getText()).startsWith("1 not sent: ")
                .contains("The recipient is suppressed");
        robot.clickOn("#attention-select");
        assertThat(table.getSelectionModel().getSelectedItems()).extracting(TaskRow::id)
                .containsExactly(selected.get(0).id());
        assertThat(context.inbox().filters().typeFilters()).as("filters cleared so none is hidden").isEmpty();
        robot.clickOn("#attention-close");
        assertThat(robot.lookup("#attention-bar").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
    }

    @Test
    void undoInTheWindowSendsNothing(FxRobot robot) throws Exception {
        TableView<TaskRow> table = table(robot);
        waitFor("the list has loaded, its first row selected", () -> table.getItems().size() == 400 && table.isFocused()
                && table.getSelectionModel().getSelectedItem() != null);
        press(robot, KeyCode.DIGIT2);
        TaskRow first = table.getSelectionModel().getSelectedItem();
        awaitPreviewOf(robot, first);
        // A window no loaded machine can miss between the two key presses (the clock is not under test).
        context.setUndoWindow(Duration.ofSeconds(30));

        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(first.activityProperty().get()).startsWith("Sending in");
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        context.setUndoWindow(Duration.ZERO);

        assertThat(onFx(() -> context.queue().isQueued(first.id()))).isFalse();
        assertThat(first.activityProperty().get()).isEmpty();
        // The next one goes through the same queue; when it is out, the undone one would have been too.
        TaskRow second = table.getSelectionModel().getSelectedItem();
        awaitPreviewOf(robot, second);
        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitFor("the second is sent", () -> server.task(second.id()).finished());
        assertThat(server.executeCalls(first.id())).isZero();
        assertThat(server.task(first.id()).finished()).isFalse();
    }

    @Test
    void escMidBatchSendsNothingMore(FxRobot robot) throws Exception {
        TableView<TaskRow> table = table(robot);
        waitFor("the list has loaded, its first row selected", () -> table.getItems().size() == 400 && table.isFocused()
                && table.getSelectionModel().getSelectedItem() != null);
        context.setUndoWindow(Duration.ofSeconds(3));
        press(robot, KeyCode.DIGIT2);
        press(robot, KeyCode.K);
        for (int i = 0; i < 9; i++) {
            press(robot, KeyCode.SHIFT, KeyCode.J);
        }
        List<TaskRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitFor("the pre-flight summary is shown", () -> robot.lookup("#preflight-go").tryQuery().isPresent());
        press(robot, KeyCode.ENTER);
        waitFor("the run is counting down", () -> onFx(() -> selected.stream().allMatch(r -> context.queue().isQueued(r.id()))));

        press(robot, KeyCode.ESCAPE);

        assertThat(onFx(() -> selected.stream().noneMatch(r -> context.queue().isQueued(r.id())))).isTrue();
        assertThat(selected).allSatisfy(r -> assertThat(r.activityProperty().get()).isEmpty());
        assertThat(selected).allSatisfy(r -> assertThat(server.executeCalls(r.id())).isZero());
    }

    /** The queue lives on the FX thread: read it there, not while it changes under the test's thread. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}

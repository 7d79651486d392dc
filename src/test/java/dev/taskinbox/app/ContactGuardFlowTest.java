package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
 * A bulk send over every SMS, against a server where one prospect replied in a sequence and
 * another opted out: theirs are kept out with the reason, all the others go once. The server's
 * record of executes is the judge.
 */
@ExtendWith(ApplicationExtension.class)
class ContactGuardFlowTest {
    /** Marco Rossi and Liam Walsh in the demo data (DemoData.contacts). */
    private static final long OPTED_OUT = 16;
    private static final long REPLIED = 20;
    private static final Set<String> GUARDED = Set.of("Marco Rossi", "Liam Walsh");

    private DemoServer server;
    private AppContext context;

    @Start
    void start(Stage stage) throws IOException {
        server = DemoServer.start(DemoOptions.defaults(), 0);
        server.optOut(OPTED_OUT);
        server.replied(REPLIED, 301);
        context = AppOnStage.shownAgainst(stage, server, app -> {
            app.setUndoWindow(Duration.ZERO);
            return app;
        });
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void aBulkSendSkipsWhoRepliedOrOptedOutAndSendsEveryoneElseOnce(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.table(robot);
        waitFor("the list has loaded, its first row selected", () -> table.getItems().size() == 70 && table.isFocused()
                && table.getSelectionModel().getSelectedItem() != null);
        robot.press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor("only SMS are shown", () -> table.getItems().stream().allMatch(r -> r.summary().type() == TaskType.SMS));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<TaskRow> sms = List.copyOf(table.getSelectionModel().getSelectedItems());
        List<TaskRow> guarded = sms.stream().filter(r -> GUARDED.contains(r.summary().contactName())).toList();
        assertThat(guarded).as("the demo data has SMS for both guarded prospects").hasSizeGreaterThanOrEqualTo(2);

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor("the pre-flight summary is shown", () -> robot.lookup("#preflight-go").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<dev.taskinbox.preview.BulkPlan.Entry> list =
                robot.lookup("#preflight-blocked").queryAs(javafx.scene.control.ListView.class);
        String blocked = list.getItems().stream().map(dev.taskinbox.preview.BulkPlan.Entry::reason)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(blocked).contains("They opted out: Reply must not write to them.")
                .contains("They replied in Outbound Q4 — Ops leaders.");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitFor("every other SMS has gone", () -> sms.stream().filter(r -> !guarded.contains(r))
                .allMatch(r -> server.task(r.id()).finished()));
        WaitForAsyncUtils.waitForFxEvents();
        for (TaskRow row : sms) {
            long expected = guarded.contains(row) ? 0 : 1;
            assertThat(server.executeCalls(row.id())).as("executes of %d (%s)", row.id(), row.summary().contactName())
                    .isEqualTo(expected);
        }
        assertThat(server.sentMessages()).hasSize(sms.size() - guarded.size());
    }

    @Test
    void aBlockedTaskCanBeOpenedFromTheCheckInsteadOfSending(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.table(robot);
        waitFor("the list has loaded, its first row selected", () -> table.getItems().size() == 70 && table.isFocused()
                && table.getSelectionModel().getSelectedItem() != null);
        robot.press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);
        waitFor("only SMS are shown", () -> table.getItems().stream().allMatch(r -> r.summary().type() == TaskType.SMS));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor("the pre-flight summary is shown", () -> robot.lookup("#preflight-go").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<dev.taskinbox.preview.BulkPlan.Entry> list =
                robot.lookup("#preflight-blocked").queryAs(javafx.scene.control.ListView.class);
        long blockedId = list.getItems().get(0).taskId();
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitFor("the blocked task is shown", () -> table.getSelectionModel().getSelectedItems().size() == 1
                && table.getSelectionModel().getSelectedItem().id() == blockedId);
        assertThat(robot.lookup("#preflight-go").tryQuery()).as("the check is closed").isEmpty();
        assertThat(server.sentMessages()).as("nothing was sent").isEmpty();
    }
}

package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.demo.ServerTask;
import dev.taskinbox.inbox.TaskRow;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
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
import org.testfx.util.WaitForAsyncUtils;

/** F then Enter creates exactly one task in Reply, for the same contact, at 9:00 their time; F again asks first. */
@ExtendWith(ApplicationExtension.class)
class FollowUpFlowTest {
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

    private List<ServerTask> created() {
        return server.tasks().stream().filter(ServerTask::createdByClient).toList();
    }

    @Test
    void fThenEnterCreatesOneTaskAndASecondFAsksFirst(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        TaskRow first = table.getSelectionModel().getSelectedItem();
        waitFor("the preview shows it, its zone known", () -> first.contactZoneProperty().get() != null
                && context.window().scene().lookup("#preview-send") != null);
        ZoneId theirs = first.contactZoneProperty().get();
        long contact = server.task(first.id()).contactId();

        robot.type(KeyCode.F);
        waitFor("the follow-up dialog is open", () -> robot.lookup("#follow-up").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);

        waitFor("Reply has the follow-up", () -> created().size() == 1);
        waitFor("the status line says so", () -> robot.lookup("#status-message").queryLabeled().getText()
                .startsWith("Follow-up created: " + first.summary().type().label() + " for " + first.summary().contactName()));
        ServerTask made = created().get(0);
        assertThat(made.contactId()).isEqualTo(contact);
        assertThat(made.type()).isEqualTo(server.task(first.id()).type());
        assertThat(made.dueTo().atZone(theirs).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(made.startAt()).isBefore(made.dueTo());
        assertThat(server.requests()).filteredOn(r -> r.method().equals("POST") && r.path().equals("/v3/tasks")).hasSize(1);
        assertThat(table.getItems()).extracting(TaskRow::id).contains(made.id());

        robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(first)));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.F);
        waitFor("it asks before a second one", () -> robot.lookup("#follow-up-again").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#follow-up").tryQuery()).isEmpty();
        assertThat(created()).as("still one").hasSize(1);
    }
}

package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The queue stays live: a task a teammate's sequence adds appears with a word for the rep, and the title counts what is due. */
@ExtendWith(ApplicationExtension.class)
class LiveQueueFlowTest {
    private DemoServer server;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = DemoServer.start(DemoOptions.defaults(), 0);
        context = AppOnStage.shownAgainst(stage, server, UnaryOperator.identity());
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void aNewTaskAppearsAndIsSaidAndTheTitleCountsTheOverdue(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        long overdue = table.getItems().stream().filter(row -> row.summary().isOverdue(Instant.now())).count();
        waitFor("the title counts the overdue", () -> stage.getTitle().startsWith("(" + overdue + ") Task Inbox"));

        // Meanwhile, elsewhere (the web app, a teammate), a task is added for this rep.
        ReplyTaskGateway elsewhere = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());
        Instant due = Instant.now().plus(Duration.ofHours(2));
        TaskDetail added = elsewhere.create(new NewTask(TaskType.CALL, null, 1, due.minus(Duration.ofHours(1)), due, "", "Call back"));

        // What the five-minute timer and coming back to the window both do.
        robot.interact(() -> assertThat(context.window().live().refreshIfCalm()).isTrue());

        waitFor("it is in the list", () -> table.getItems().stream().anyMatch(row -> row.id() == added.id()));
        waitFor("the rep is told", () -> robot.lookup("#status-message").queryLabeled().getText().equals("1 new task in your list."));
    }
}

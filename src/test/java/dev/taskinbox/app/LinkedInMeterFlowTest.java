package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.util.Map;
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

/** On a LinkedIn task the status line says how many such steps are left today, and counts the one just done. */
@ExtendWith(ApplicationExtension.class)
class LinkedInMeterFlowTest {
    /** The demo account's use today and its limits, per step (DemoStore, DemoJson). */
    private static final Map<LinkedInAction, int[]> DEMO = Map.of(LinkedInAction.MESSAGE, new int[] {3, 50},
            LinkedInAction.CONNECT, new int[] {8, 20}, LinkedInAction.IN_MAIL, new int[] {0, 5},
            LinkedInAction.VIEW_PROFILE, new int[] {12, 80});
    private static final Map<LinkedInAction, String> NOUNS = Map.of(LinkedInAction.MESSAGE, "messages",
            LinkedInAction.CONNECT, "connection requests", LinkedInAction.IN_MAIL, "InMails",
            LinkedInAction.VIEW_PROFILE, "profile views");

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

    private static String expected(LinkedInAction action, int doneMore) {
        int[] demo = DEMO.get(action);
        return "LinkedIn: " + (demo[1] - demo[0] - doneMore) + " of " + demo[1] + " " + NOUNS.get(action) + " left today";
    }

    @Test
    void theMeterShowsWhatIsLeftAndCountsTheStepJustDone(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        robot.type(KeyCode.DIGIT4);
        waitFor("only LinkedIn tasks", () -> table.getItems().stream().allMatch(r -> r.summary().type() == TaskType.LINKED_IN));
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        TaskRow first = table.getItems().get(0);
        TaskRow second = table.getItems().get(1);
        LinkedInAction firstAction = first.summary().linkedInAction();
        waitFor("the meter shows", () -> robot.lookup("#linkedin-meter").queryLabeled().getText().equals(expected(firstAction, 0)));

        robot.interact(table::requestFocus);
        robot.type(KeyCode.C);
        waitFor("Reply has it done", () -> server.task(first.id()).finished());
        waitFor("the next LinkedIn task is shown", () -> table.getSelectionModel().getSelectedItem() == second);
        LinkedInAction secondAction = second.summary().linkedInAction();
        waitFor("the meter counts the step just done", () -> robot.lookup("#linkedin-meter").queryLabeled().getText()
                .equals(expected(secondAction, secondAction == firstAction ? 1 : 0)));
    }
}

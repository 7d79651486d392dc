package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.demo.SentMessage;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Writing an email the way a rep does: a variable from the {{ menu, a template from the snippet picker, sent. */
@ExtendWith(ApplicationExtension.class)
class ComposeFlowTest {
    private AppContext context;

    @Start
    void start(Stage stage) throws java.io.IOException {
        context = AppOnStage.onDemoData(Clock.systemDefaultZone());
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

    private static boolean variableMenuShows() {
        return Window.getWindows().stream().anyMatch(window -> window.isShowing() && window.getScene() != null
                && window.getScene().getRoot().lookup("#variable-menu") != null);
    }

    @Test
    void aVariableFromTheMenuAndAReplyTemplateFromThePickerGoOutInTheEmail(FxRobot robot) throws Exception {
        TaskRow row = FlowRobot.selectFirstSendable(robot, server(),
                r -> r.summary().type() == TaskType.MANUAL_EMAIL && !r.summary().fromSequence());
        String shown = context.preview().editor().bodyProperty().get();
        waitFor("the prospect's fields are read", () -> !context.preview().prospect().fieldsProperty().get().isEmpty());
        String firstName = context.preview().prospect().fieldsProperty().get().get("firstName");

        robot.clickOn("#preview-edit");
        robot.clickOn("#preview-rich-editor");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Speak soon, {{");
        waitFor("the variables are offered", ComposeFlowTest::variableMenuShows);
        robot.type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.ENTER);
        waitFor("the first name is put in", () -> context.preview().editor().bodyProperty().get().contains("Speak soon, " + firstName));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        FlowRobot.waitShown(robot, "#snippet-search");
        robot.clickOn("#snippet-search");
        robot.write("recap");
        robot.type(KeyCode.ENTER);
        waitFor("the template is put in", () -> context.preview().editor().bodyProperty().get().contains("the next steps:"));
        robot.clickOn("#preview-send");

        waitFor("the row shows the server's status", () -> row.statusProperty().get() == TaskStatus.FINISHED);
        SentMessage sent = server().sentMessages().get(0);
        String untouched = shown.substring(0, shown.lastIndexOf("<p>"));
        assertThat(sent.body()).startsWith(untouched)
                .contains("Speak soon, " + firstName + "Thanks for your time today, " + firstName + ".")
                .contains("the next steps:").doesNotContain("{{").doesNotContain("&lt;");
    }

    @Test
    void escClosesTheVariableListAndKeepsTheRepEditing(FxRobot robot) throws Exception {
        FlowRobot.selectFirstSendable(robot, server(), r -> r.summary().type() == TaskType.MANUAL_EMAIL && !r.summary().fromSequence());
        waitFor("the prospect's fields are read", () -> !context.preview().prospect().fieldsProperty().get().isEmpty());
        robot.clickOn("#preview-edit");
        robot.clickOn("#preview-rich-editor");
        robot.write("{{");
        waitFor("the variables are offered", ComposeFlowTest::variableMenuShows);

        robot.type(KeyCode.ESCAPE);

        waitFor("the list is closed", () -> !variableMenuShows());
        assertThat(context.preview().editingProperty().get()).as("still editing").isTrue();
        assertThat(context.preview().editor().bodyProperty().get()).contains("{{");
    }
}

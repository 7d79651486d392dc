package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import java.io.IOException;
import java.util.function.UnaryOperator;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+K finds an action by its words and runs it: no key to remember. */
@ExtendWith(ApplicationExtension.class)
class CommandPaletteFlowTest {
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
    void typingAWordFindsTheActionAndEnterRunsIt(FxRobot robot) throws Exception {
        FlowRobot.loaded(robot);
        CommandPalette palette = context.window().palette();
        assertThat(palette.find("day so far")).extracting(CommandPalette.Command::key).containsExactly("T");
        assertThat(palette.find("held")).extracting(CommandPalette.Command::name).containsExactly("Outbox: sends held for later");
        assertThat(palette.find("")).hasSameSizeAs(palette.commands());
        assertThat(palette.commands()).allSatisfy(command -> assertThat(command.name()).isNotBlank());

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        FlowRobot.waitShown(robot, "#palette-search");
        robot.type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#palette").tryQuery()).as("Enter on an empty palette runs nothing").isPresent();
        robot.clickOn("#palette-search").write("your day");
        robot.type(KeyCode.ENTER);

        waitFor("the Today score is shown", () -> robot.lookup("#today-done").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
    }
}

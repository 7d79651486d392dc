package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A key that reaches several teams: Reply's TEAM_REQUIRED opens Settings on the Team field, with words. */
@ExtendWith(ApplicationExtension.class)
class TeamRequiredFlowTest {
    private DemoServer server;
    private AppContext context;
    private Path home;

    @Start
    void start(Stage stage) throws IOException {
        server = DemoServer.start(DemoOptions.defaults().withDemands(DemoOptions.Demands.NONE.withTeam("7")), 0);
        home = Files.createTempDirectory("team-flow");
        context = AppOnStage.connectedTo(server, home, UnaryOperator.identity());
        AppOnStage.show(stage, context);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void teamRequiredOpensSettingsOnTheTeamFieldAndTheListSaysWhatToDo(FxRobot robot) throws Exception {
        waitFor("Settings opens", () -> robot.lookup("#settings-team").tryQuery().isPresent());
        waitFor("on the Team field", () -> robot.lookup("#settings-team").query().isFocused());

        robot.clickOn("#settings-team").write("7");
        robot.clickOn("#settings-save");

        Path settings = home.resolve("config/settings.properties");
        waitFor("the team is saved", () -> Files.exists(settings)
                && new SettingsStore(settings).load().teamId().equals("7"));
        assertThat(new SettingsStore(settings).load()).extracting(AppSettings::teamId).isEqualTo("7");
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Labeled.class))
                .anySatisfy(label -> assertThat(label.getText()).contains("Enter the team's id under Team in Settings"));
    }
}

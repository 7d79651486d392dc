package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.settings.SettingsStore;
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

/** An organization key: Reply's USER_REQUIRED opens Settings on the Acting user field. */
@ExtendWith(ApplicationExtension.class)
class OrgKeyFlowTest {
    private DemoServer server;
    private AppContext context;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        server = DemoServer.start(DemoOptions.defaults().withDemands(DemoOptions.Demands.NONE.withUserRequired()), 0);
        home = Files.createTempDirectory("org-key-flow");
        AppOnStage.show(stage, context = AppOnStage.connectedTo(server, home, UnaryOperator.identity()));
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void userRequiredOpensSettingsOnTheActingUserAndTheListSaysWhatToDo(FxRobot robot) throws Exception {
        waitFor("Settings opens on the Acting user field", () -> robot.lookup("#settings-acting-user").tryQuery()
                .map(field -> field.isFocused()).orElse(false));

        robot.clickOn("#settings-acting-user").write("rep@acme.example");
        robot.clickOn("#settings-save");

        Path settings = home.resolve("config/settings.properties");
        waitFor("the acting user is saved", () -> Files.exists(settings)
                && new SettingsStore(settings).load().actingUser().equals("rep@acme.example"));
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Labeled.class))
                .anySatisfy(label -> assertThat(label.getText()).contains("Acting user in Settings"));
    }
}

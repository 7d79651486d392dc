package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.WireForm;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.FileApiKeyStore;
import dev.taskinbox.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog on demo data: test the connection, choose, save; the key goes to the key store only. */
@ExtendWith(ApplicationExtension.class)
class SettingsFlowTest {
    private AppContext context;
    private Path home;

    @Start
    void start(Stage stage) throws IOException {
        home = Files.createTempDirectory("settings-flow");
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        context = AppContext.create(LaunchConfig.resolve(List.of(), Map.of()), Clock.systemUTC(), dirs,
                new FileApiKeyStore(dirs.config().resolve("api-key")));
        AppOnStage.show(stage, context);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void settingsAreTestedChosenAndSavedWithTheKeyKeptApart(FxRobot robot) throws Exception {
        String demoUrl = context.demoServer().orElseThrow().root().toString();
        robot.clickOn("#settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-url").tryQuery().isPresent());

        robot.clickOn("#settings-url").write(demoUrl);
        robot.clickOn("#settings-key").write("sk_settings_key_123");
        robot.clickOn("#settings-test");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-test-result").queryLabeled()
                .getText().startsWith("Connected"));
        assertThat(robot.lookup("#settings-test-result").queryLabeled().getText())
                .isEqualTo("Connected as Sam Seller (user 1001); requests go with "
                        + (context.demoServer().orElseThrow().seedDialect() ? WireForm.SEED : WireForm.CURRENT).describe() + ".");
        robot.interact(() -> {
            robot.lookup("#settings-undo").queryAs(Spinner.class).getValueFactory().setValue(0);
            robot.lookup("#settings-dark").queryAs(CheckBox.class).setSelected(true);
        });
        robot.clickOn("#settings-save");

        Path keyFile = home.resolve("config/api-key");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(keyFile));
        AppSettings saved = new SettingsStore(home.resolve("config/settings.properties")).load();
        assertThat(saved.apiUrl()).isEqualTo(demoUrl);
        assertThat(saved.undoSeconds()).isZero();
        assertThat(saved.darkTheme()).isTrue();
        assertThat(Files.readString(keyFile)).isEqualTo("sk_settings_key_123");
        assertThat(Files.readString(home.resolve("config/settings.properties"))).doesNotContain("sk_settings_key_123");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
    }

    @Test
    void aUrlTheAppCouldNotUseIsRefusedInTheDialogWithTheReason(FxRobot robot) throws Exception {
        robot.clickOn("#settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-url").tryQuery().isPresent());

        robot.clickOn("#settings-url").write("http://reply.example.com");

        assertThat(robot.lookup("#settings-url-problem").queryLabeled().getText()).contains("http://reply.example.com");
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).as("a bad URL is never saved").isTrue();
        robot.interact(() -> robot.lookup("#settings-url").queryAs(javafx.scene.control.TextField.class).setText("https://api.reply.io"));
        assertThat(robot.lookup("#settings-url-problem").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).isFalse();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}

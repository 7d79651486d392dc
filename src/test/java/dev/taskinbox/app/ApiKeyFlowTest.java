package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.settings.FileApiKeyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Started with a key Reply refuses: the app asks for one, carries on with it, and keeps it privately. */
@ExtendWith(ApplicationExtension.class)
class ApiKeyFlowTest {
    private static final String RIGHT_KEY = "sk_right_0123456789";

    @TempDir
    static Path home;
    private DemoServer server;
    private AppContext context;
    private Path keyFile;

    @Start
    void start(Stage stage) throws IOException {
        server = DemoServer.start(DemoOptions.defaults().withApiKey(RIGHT_KEY), 0);
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        keyFile = dirs.config().resolve("api-key");
        LaunchConfig config = new LaunchConfig(false, server.root().toString(), "sk_wrong_key");
        context = AppContext.create(config, Clock.systemUTC(), dirs, new FileApiKeyStore(keyFile));
        AppOnStage.show(stage, context);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void aRefusedKeyIsAskedForOnceAndTheNewOneCarriesOn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#api-key-field").tryQuery().isPresent());

        robot.clickOn("#api-key-field").write(RIGHT_KEY);
        robot.clickOn("#api-key-use");

        @SuppressWarnings("unchecked")
        TableView<TaskRow> table = robot.lookup("#task-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() >= 60);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(keyFile));
        assertThat(Files.readString(keyFile)).isEqualTo(RIGHT_KEY);
        // The wrong key in both schemes, then the right one: in the current form at once, in the
        // seed's after one more 401 (nothing had worked before, so the current form goes first).
        assertThat(server.requests()).filteredOn(r -> r.path().equals("/v3/whoami")).hasSize(server.seedDialect() ? 4 : 3);
        try (var files = Files.walk(home)) {
            files.filter(Files::isRegularFile).filter(file -> !file.equals(keyFile)).forEach(file -> {
                try {
                    assertThat(Files.readString(file)).as("%s", file).doesNotContain(RIGHT_KEY);
                } catch (IOException unreadable) {
                    throw new AssertionError(unreadable);
                }
            });
        }
    }
}

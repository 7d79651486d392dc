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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every key the app holds stays out of every file it writes: the one it started with, one typed
 * into the 401 dialog at runtime, and one tried in Settings, whose bad character makes the HTTP
 * library name the header's value in the exception it throws (and the app logs).
 */
@ExtendWith(ApplicationExtension.class)
class KeyLeakFlowTest {
    private static final String START_KEY = "sk_started_with_0000";
    private static final String TYPED_KEY = "sk_typed_at_runtime_1111";
    /** Not a valid header value: OkHttp's complaint about it quotes it whole for X-API-KEY. */
    private static final String TRIED_KEY = "sk_tried_in_settings_\u00e92222";

    @TempDir
    static Path home;
    private DemoServer server;
    private AppContext context;
    private Handler[] handlersBefore;

    @Start
    void start(Stage stage) throws IOException {
        handlersBefore = Logger.getLogger("").getHandlers();
        // The seed generation's header, pinned: OkHttp names the value of a bad X-API-KEY (never of Authorization).
        server = DemoServer.start(DemoOptions.defaults().withApiKey(TYPED_KEY).withSeedDialect(true), 0);
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        Files.createDirectories(dirs.config());
        Files.writeString(dirs.config().resolve("settings.properties"), "api.pinnedAuthScheme=X_API_KEY\n");
        AppLogging.install(dirs.logs(), Redactor.of(START_KEY));
        LaunchConfig config = new LaunchConfig(false, server.root().toString(), START_KEY);
        // Start-up reads files: off the FX thread, as the app does.
        try {
            context = CompletableFuture.supplyAsync(() -> AppContext.prepare(config, Clock.systemUTC(), dirs,
                    new FileApiKeyStore(dirs.config().resolve("api-key")), UnaryOperator.identity())).get().build();
        } catch (InterruptedException | ExecutionException failed) {
            throw new IOException(failed);
        }
        AppOnStage.show(stage, context);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (!Arrays.asList(handlersBefore).contains(handler)) {
                root.removeHandler(handler);
                handler.close();
            }
        }
    }

    @Test
    void noKeyTypedAtRuntimeOrTriedInSettingsReachesAnyFileTheAppWrote(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#api-key-field").tryQuery().isPresent());
        robot.clickOn("#api-key-field").write(TYPED_KEY);
        robot.clickOn("#api-key-use");
        @SuppressWarnings("unchecked")
        TableView<TaskRow> table = robot.lookup("#task-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() >= 60);

        robot.clickOn("#settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-key").tryQuery().isPresent());
        // Set, not typed: the robot's keyboard has no key for the accented letter.
        robot.interact(() -> robot.lookup("#settings-key").queryAs(PasswordField.class).setText(TRIED_KEY));
        robot.clickOn("#settings-test");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#settings-test-result").queryLabeled()
                .getText().isBlank());
        robot.type(KeyCode.ESCAPE);

        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        List<Path> written;
        try (Stream<Path> files = Files.walk(home)) {
            written = files.filter(Files::isRegularFile).filter(file -> !file.endsWith("api-key")).toList();
        }
        String logs = read(home.resolve("logs").resolve("task-inbox-0.log"));
        assertThat(logs).as("the log names the failed test").contains("test connection failed")
                .as("and the key it quoted is hidden").contains(Redactor.MARK);
        for (Path file : written) {
            assertThat(read(file)).as("%s", file).doesNotContain(START_KEY).doesNotContain(TYPED_KEY)
                    .doesNotContain(TRIED_KEY);
        }
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }
}

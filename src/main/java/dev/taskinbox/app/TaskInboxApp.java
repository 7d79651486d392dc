package dev.taskinbox.app;

import dev.taskinbox.common.fx.UiThread;
import dev.taskinbox.settings.ApiKeyStore;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.SettingsStore;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: resolves where tasks come from, builds the context, shows the window. */
public final class TaskInboxApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        // The window comes at once; what start-up reads (settings, keyring, drafts, journal) is read
        // on a worker, never on the FX thread, and the real window replaces this one when it is in.
        for (int size : new int[] {16, 32, 48, 256}) {
            stage.getIcons().add(new Image(TaskInboxApp.class.getResource("/icons/task-inbox-" + size + ".png").toExternalForm()));
        }
        stage.setTitle("Task Inbox");
        stage.setScene(new Scene(new StackPane(new Label("Starting Task Inbox…")), 1280, 800));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        List<String> args = getParameters().getRaw();
        Thread startup = new Thread(() -> {
            Started started;
            try {
                started = read(args);
            } catch (IllegalArgumentException | UncheckedIOException cannotStart) {
                UiThread.run(() -> cannotStart(cannotStart.getMessage()));
                return;
            } catch (RuntimeException unexpected) {
                // Never leave the rep looking at "Starting…" for ever; the crash handler has logged it if installed.
                UiThread.run(() -> cannotStart("Something unexpected went wrong while starting. "
                        + "The log folder has the details."));
                return;
            }
            UiThread.run(() -> open(stage, started));
        }, "startup");
        startup.setDaemon(true);
        startup.start();
    }

    /** What start-up reads and opens, off the FX thread. */
    /** What start-up read, the context prepared from it, and anything the rep must be told at once (or ""). */
    record Started(AppSettings settings, AppContext.Prepared prepared, String notice) {
    }

    private static Started read(List<String> args) {
        AppDirs dirs = AppDirs.current();
        return read(args, dirs, AppContext.keyStore(dirs), environment());
    }

    /** What start-up reads, from these folders, key store and environment (tests give their own). */
    static Started read(List<String> args, AppDirs dirs, ApiKeyStore keyStore, Map<String, String> environment) {
        AppSettings settings = new SettingsStore(dirs.config().resolve("settings.properties")).load();
        LaunchConfig config = LaunchConfig.resolve(args, withSettingsUrl(environment, settings), keyStore::load);
        Redactor redactor = Redactor.of(config.apiKey());
        Path logFile = AppLogging.install(dirs.logs(), redactor);
        new CrashHandler(redactor, logFile).install();
        try {
            return new Started(settings, AppContext.prepare(config, Clock.systemDefaultZone(), dirs, keyStore,
                    UnaryOperator.identity()), "");
        } catch (IllegalArgumentException badUrl) {
            LaunchConfig withoutSaved = LaunchConfig.resolve(args, environment, keyStore::load);
            if (settings.apiUrl().isEmpty() || withoutSaved.apiUrl() != null) {
                throw badUrl;   // the command line or the environment named it: the rep must fix that there
            }
            // No saved setting may lock the rep out: start without the saved URL, and say so.
            return new Started(settings, AppContext.prepare(withoutSaved, Clock.systemDefaultZone(), dirs, keyStore,
                    UnaryOperator.identity()), "The API URL saved in Settings cannot be used (" + badUrl.getMessage()
                    + "), so it was left out this time. Open Settings (the gear) to correct it.");
        }
    }

    private void open(Stage stage, Started started) {
        Themes.apply(started.settings().darkTheme());
        context = started.prepared().build();
        stage.titleProperty().bind(context.window().titleProperty());
        stage.setScene(context.window().scene());
        context.window().openLinksWith(getHostServices()::showDocument);
        context.start();
        context.inbox().warn(started.notice());
    }

    private static void cannotStart(String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR, reason);
        alert.setHeaderText("Task Inbox cannot start");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** The settings file's API URL counts after the command line and the environment. */
    private static Map<String, String> withSettingsUrl(Map<String, String> env, AppSettings settings) {
        if (settings.apiUrl().isEmpty() || env.containsKey(LaunchConfig.ENV_URL)) {
            return env;
        }
        Map<String, String> merged = new HashMap<>(env);
        merged.put(LaunchConfig.ENV_URL, settings.apiUrl());
        return merged;
    }

    private static Map<String, String> environment() {
        return System.getenv();
    }

    public static void main(String[] args) {
        StartupWarmup.begin();
        launch(TaskInboxApp.class, args);
    }
}

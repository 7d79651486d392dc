package dev.taskinbox.app;

import dev.taskinbox.settings.ApiKeyStore;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.SettingsStore;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: resolves where tasks come from, builds the context, shows the window. */
public final class TaskInboxApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        try {
            AppDirs dirs = AppDirs.current();
            AppSettings settings = new SettingsStore(dirs.config().resolve("settings.properties")).load();
            Themes.apply(settings.darkTheme());
            ApiKeyStore keyStore = AppContext.keyStore(dirs);
            LaunchConfig config = LaunchConfig.resolve(getParameters().getRaw(), withSettingsUrl(environment(), settings),
                    keyStore::load);
            Redactor redactor = new Redactor(config.apiKey());
            Path logFile = AppLogging.install(dirs.logs(), redactor);
            new CrashHandler(redactor, logFile).install();
            context = AppContext.create(config, Clock.systemDefaultZone(), dirs, keyStore);
        } catch (IllegalArgumentException | UncheckedIOException cannotStart) {
            Alert alert = new Alert(Alert.AlertType.ERROR, cannotStart.getMessage());
            alert.setHeaderText("Task Inbox cannot start");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        stage.titleProperty().bind(context.window().titleProperty());
        for (int size : new int[] {16, 32, 48, 256}) {
            stage.getIcons().add(new Image(TaskInboxApp.class.getResource("/icons/task-inbox-" + size + ".png").toExternalForm()));
        }
        stage.setScene(context.window().scene());
        context.window().openLinksWith(getHostServices()::showDocument);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // The list starts loading before the window is first styled and laid out: the two overlap.
        context.start();
        stage.show();
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

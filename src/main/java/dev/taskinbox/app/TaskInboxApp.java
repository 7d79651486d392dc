package dev.taskinbox.app;

import atlantafx.base.theme.PrimerLight;
import dev.taskinbox.settings.ApiKeyStore;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        try {
            AppDirs dirs = AppDirs.current();
            ApiKeyStore keyStore = AppContext.keyStore(dirs);
            LaunchConfig config = LaunchConfig.resolve(getParameters().getRaw(), environment(), keyStore::load);
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
        stage.show();
        context.start();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    private static Map<String, String> environment() {
        return System.getenv();
    }

    public static void main(String[] args) {
        launch(TaskInboxApp.class, args);
    }
}

package dev.taskinbox.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/** Puts the app's window on a test's stage in the app's theme and starts it, as TaskInboxApp does. */
final class AppOnStage {
    private AppOnStage() {
    }

    static AppContext show(Stage stage, AppContext context) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.titleProperty().bind(context.window().titleProperty());
        stage.setScene(context.window().scene());
        stage.show();
        context.start();
        return context;
    }
}

package dev.taskinbox.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up reference: the barest JavaFX window, which says SHOWN once it is on screen. The
 * main class must not extend Application on the classpath (see TOOLCHAIN.md), hence the inner one.
 */
public final class BareWindowMain {
    private BareWindowMain() {
    }

    /** The window itself. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 1280, 800));
            stage.show();
            Platform.runLater(() -> {
                System.out.println("SHOWN");
                System.out.flush();
                Platform.exit();
            });
        }
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}

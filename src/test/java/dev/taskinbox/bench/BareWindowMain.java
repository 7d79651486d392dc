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
            Scene scene = new Scene(new Label("Hello"), 1280, 800);
            // Said after the pulse that lays it out (its frame then goes to the renderer), as the app's rows are.
            scene.addPostLayoutPulseListener(() -> Platform.runLater(() -> {
                System.out.println("SHOWN");
                System.out.flush();
                Platform.exit();
            }));
            stage.setScene(scene);
            stage.show();
        }
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}

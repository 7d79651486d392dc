package dev.taskinbox.bench;

import dev.taskinbox.app.TaskInboxApp;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * Starts the real app on demo data, exactly as a rep would, and says SHOWN once the first rows
 * are in the table on screen.
 */
public final class AppStartupMain {
    private AppStartupMain() {
    }

    public static void main(String[] args) {
        var watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "startup-watch");
            thread.setDaemon(true);
            return thread;
        });
        // Looks (from the FX thread) for the task table every few milliseconds until it has rows.
        watcher.scheduleAtFixedRate(() -> {
            try {
                Platform.runLater(AppStartupMain::reportWhenRowsShow);
            } catch (IllegalStateException toolkitNotYetUp) {
                // keep looking
            }
        }, 5, 5, TimeUnit.MILLISECONDS);
        TaskInboxApp.main(new String[] {"--demo"});
    }

    private static boolean reported;

    private static void reportWhenRowsShow() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null
                    && window.getScene().lookup("#task-table") instanceof TableView<?> table && !table.getItems().isEmpty()
                    && !reported) {
                reported = true;
                System.out.println("SHOWN");
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }
        }
    }
}

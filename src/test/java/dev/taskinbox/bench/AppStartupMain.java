package dev.taskinbox.bench;

import dev.taskinbox.app.TaskInboxApp;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * Starts the real app on demo data, exactly as a rep would, and says SHOWN once the first rows
 * are in the table on screen. With {@code --from-cache} it starts as configured by its
 * environment (a Reply URL and key, a cached list in its data folder) instead, says SHOWN at the
 * first rows (the cached ones) and LIVE once Reply's own list has taken their place.
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
        fromCache = args.length > 0 && args[0].equals("--from-cache");
        TaskInboxApp.main(fromCache ? new String[0] : new String[] {"--demo"});
    }

    private static boolean fromCache;
    private static boolean reported;

    private static void reportWhenRowsShow() {
        for (Window window : Window.getWindows()) {
            if (!window.isShowing() || window.getScene() == null
                    || !(window.getScene().lookup("#task-table") instanceof TableView<?> table) || table.getItems().isEmpty()) {
                continue;
            }
            if (!reported) {
                reported = true;
                System.out.println("SHOWN");
                System.out.flush();
                if (!fromCache) {
                    exit();
                }
            }
            if (fromCache && window.getScene().lookup("#status-message") instanceof Labeled status
                    && status.getText().endsWith("tasks to do.")) {
                System.out.println("LIVE");
                System.out.flush();
                exit();
            }
        }
    }

    private static void exit() {
        Platform.exit();
        System.exit(0);
    }
}

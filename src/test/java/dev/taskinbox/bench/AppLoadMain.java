package dev.taskinbox.bench;

import dev.taskinbox.app.TaskInboxApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * The real app pointed at a server with many tasks (args: API root, expected row count); once all
 * rows are in the table it prints {@code LOADED <rss MB> <heap MB>} and exits.
 */
public final class AppLoadMain {
    private static int expected;
    private static boolean reported;

    private AppLoadMain() {
    }

    public static void main(String[] args) {
        expected = Integer.parseInt(args[1]);
        var watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "load-watch");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleAtFixedRate(() -> {
            try {
                Platform.runLater(AppLoadMain::reportWhenLoaded);
            } catch (IllegalStateException toolkitNotYetUp) {
                // keep looking
            }
        }, 20, 20, TimeUnit.MILLISECONDS);
        TaskInboxApp.main(new String[] {"--api-url", args[0]});
    }

    private static void reportWhenLoaded() {
        for (Window window : Window.getWindows()) {
            if (!reported && window.isShowing() && window.getScene() != null
                    && window.getScene().lookup("#task-table") instanceof TableView<?> table
                    && table.getItems().size() == expected) {
                reported = true;
                Runtime runtime = Runtime.getRuntime();
                System.out.printf("LOADED %d %d%n", rss() / 1_000_000, (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000);
                System.out.flush();
                System.exit(0);
            }
        }
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException unreadable) {
            return -1;
        }
        return -1;
    }
}

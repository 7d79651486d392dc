package dev.taskinbox.bench;

import dev.taskinbox.app.TaskInboxApp;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * Starts the real app on demo data, exactly as a rep would, and says SHOWN once the first rows
 * are in the table on screen. With {@code --from-cache} it starts as configured by its
 * environment (a Reply URL and key, a cached list in its data folder) instead, says FIRST when the
 * opening window shows the cached rows, SHOWN when the real window's table does, and LIVE once
 * Reply's own list has taken their place. Each is said after the pulse that lays it out, as the
 * bare window's SHOWN is.
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
    private static boolean firstRows;
    private static boolean live;

    private static void reportWhenRowsShow() {
        for (Window window : Window.getWindows()) {
            if (!window.isShowing() || window.getScene() == null) {
                continue;
            }
            Scene scene = window.getScene();
            if (!firstRows && scene.lookup("#first-rows") instanceof Parent rows && rows.getChildrenUnmodifiable().size() > 1) {
                firstRows = true;
                afterNextPulse(scene, () -> say("FIRST"));
            }
            if (!(scene.lookup("#task-table") instanceof TableView<?> table) || table.getItems().isEmpty()) {
                continue;
            }
            if (!reported) {
                reported = true;
                afterNextPulse(scene, () -> {
                    say("SHOWN");
                    if (!fromCache) {
                        exit();
                    }
                });
            }
            if (fromCache && !live && scene.lookup("#status-message") instanceof Labeled status
                    && status.getText().endsWith("tasks to do.")) {
                live = true;
                afterNextPulse(scene, () -> {
                    say("LIVE");
                    exit();
                });
            }
        }
    }

    /** Once a pulse has laid the scene out (its frame then goes to the renderer): what is found is on screen. */
    private static void afterNextPulse(Scene scene, Runnable report) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                report.run();
            }
        });
        Platform.requestNextPulse();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void exit() {
        Platform.exit();
        System.exit(0);
    }
}

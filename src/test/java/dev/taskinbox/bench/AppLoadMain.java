package dev.taskinbox.bench;

import dev.taskinbox.app.TaskInboxApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.testfx.util.WaitForAsyncUtils;
import javafx.stage.Window;

/**
 * The real app pointed at a server with many tasks (args: API root, expected row count, warm
 * reloads); once all rows are in the table it notes its memory, then reloads the list as F5 does
 * that many times, watching every frame of those warm loads in the app's own JVM, and prints
 * {@code LOADED <rss MB> <heap MB> <worst frame ms> <p99 frame ms> <frames>} and exits.
 */
public final class AppLoadMain {
    private static int expected;
    private static int warmLoads;
    private static boolean reported;

    private AppLoadMain() {
    }

    public static void main(String[] args) {
        expected = Integer.parseInt(args[1]);
        warmLoads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
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
                String memory = rss() / 1_000_000 + " " + (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000;
                Thread warm = new Thread(() -> reloadAndReport(window, memory), "warm-loads");
                warm.setDaemon(true);
                warm.start();
            }
        }
    }

    /** The warm loads, one after another, each from F5 to the last row and "… tasks to do." again. */
    private static void reloadAndReport(Window window, String memory) {
        List<Double> frames = new ArrayList<>();
        try {
            for (int load = 0; load < warmLoads; load++) {
                FrameWatch watch = FrameWatch.start();
                WaitForAsyncUtils.asyncFx(() -> ((Button) window.getScene().lookup("#refresh")).fire()).get(5, TimeUnit.SECONDS);
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                    Labeled status = (Labeled) window.getScene().lookup("#status-message");
                    TableView<?> table = (TableView<?>) window.getScene().lookup("#task-table");
                    return table.getItems().size() == expected && status.getText().endsWith("tasks to do.");
                }).get(5, TimeUnit.SECONDS));
                for (double frame : watch.stop().millis()) {
                    frames.add(frame);
                }
            }
        } catch (Exception broken) {
            System.out.println("BROKEN " + broken);
            System.exit(1);
        }
        double[] all = frames.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(java.util.Locale.ROOT, "LOADED %s %.1f %.1f %d%n", memory, Arrays.stream(all).max().orElse(0),
                all.length == 0 ? 0 : BenchResults.percentile(all, 99), all.length);
        System.out.flush();
        System.exit(0);
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

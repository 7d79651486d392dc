package dev.taskinbox.app;

import dev.taskinbox.common.fx.UiThread;
import dev.taskinbox.inbox.FirstRows;
import dev.taskinbox.inbox.QueueCache;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * What the window shows while the app is made: at the size and place the rep left it, the last
 * list at once when there is one (read on a thread of its own while the toolkit starts), else
 * "Starting Task Inbox…". The real window replaces it; until then nothing in it acts.
 */
final class OpeningWindow {
    /** What the opening window is drawn from: the last list (empty on demo data) and the window's layout. */
    record Opening(QueueCache.Snapshot lastList, Optional<WindowLayout> layout) {
    }

    private static volatile CompletableFuture<Opening> opening;
    /**
     * Pulses to let pass before the FX thread is given to the real window: the desktop maps and
     * exposes a new window over a few turns of the event loop, and a frame is on screen only after
     * that. Measured under Xvfb with GTK: after 1 or 3 pulses the window stayed blank until the real
     * one came, after 5 the list showed every time; 6 for a margin (about 100 ms at 60 a second).
     */
    private static final int PULSES_BEFORE_DRAWN = 6;
    /** Whether a pulse has laid out the opening window, so its frame is drawn (FX thread only). */
    private static boolean drawn;
    /** What waits for that frame (FX thread only). */
    private static final List<Runnable> AFTER_FRAME = new ArrayList<>();

    private OpeningWindow() {
    }

    /**
     * Starts reading the last list and the layout. The list is not read on demo data: demo tasks
     * start afresh with every run, and a real list left from another run is not theirs.
     */
    static void read(AppDirs dirs, List<String> args) {
        boolean demo = args.contains("--demo");
        opening = CompletableFuture.supplyAsync(() -> new Opening(
                demo ? QueueCache.Snapshot.EMPTY : QueueCache.peek(dirs.data().resolve(Stores.QUEUE_CACHE)),
                WindowLayout.load(layoutFile(dirs))), runnable -> {
                    Thread thread = new Thread(runnable, "opening window");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    static Path layoutFile(AppDirs dirs) {
        return dirs.config().resolve("layout.properties");
    }

    /** The layout as read for the opening window (read now if it was not); blocks: never on the FX thread. */
    static Optional<WindowLayout> layout(AppDirs dirs) {
        CompletableFuture<Opening> read = opening;
        return read == null ? WindowLayout.load(layoutFile(dirs)) : read.join().layout();
    }

    /**
     * Shows the opening window on {@code stage}: with the last list if it is read by now, and as
     * soon as it is otherwise, unless the real window came first.
     */
    static void show(Stage stage, Clock clock) {
        CompletableFuture<Opening> read = opening == null
                ? CompletableFuture.completedFuture(new Opening(QueueCache.Snapshot.EMPTY, Optional.empty())) : opening;
        Opening ready = read.getNow(null);
        drawn = false;
        AFTER_FRAME.clear();
        Scene scene = new Scene(content(ready, clock), 1280, 800);
        stage.setScene(scene);
        if (ready != null && ready.layout().isPresent()) {
            LayoutKeeper.applyBounds(stage, ready.layout().get(), LayoutKeeper.screens());
        }
        Runnable onPulse = new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses < PULSES_BEFORE_DRAWN) {
                    javafx.application.Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                drawn = true;
                // Once this pulse has handed its frame to the renderer.
                AFTER_FRAME.forEach(UiThread::later);
                AFTER_FRAME.clear();
            }
        };
        scene.addPostLayoutPulseListener(onPulse);
        stage.show();
        if (ready == null) {
            read.thenAccept(late -> UiThread.run(() -> {
                if (stage.getScene() == scene && !late.lastList().isEmpty()) {
                    scene.setRoot(content(late, clock));
                }
            }));
        }
        // The icons after the first frame: decoding four images would hold the window back for nothing.
        UiThread.later(() -> {
            for (int size : new int[] {16, 32, 48, 256}) {
                stage.getIcons().add(new Image(TaskInboxApp.class.getResource("/icons/task-inbox-" + size + ".png").toExternalForm()));
            }
        });
    }

    /**
     * Runs {@code action} (on the FX thread) once the opening window has been drawn: building the
     * real window holds the FX thread for a while, and the rep would look at a blank window meanwhile.
     */
    static void whenDrawn(Runnable action) {
        if (drawn) {
            action.run();
        } else {
            AFTER_FRAME.add(action);
        }
    }

    private static Parent content(Opening ready, Clock clock) {
        if (ready == null || ready.lastList().isEmpty()) {
            return new StackPane(new Label("Starting Task Inbox…"));
        }
        return FirstRows.of(ready.lastList(), clock, ready.layout().map(OpeningWindow::shape).orElse(FirstRows.Shape.DEFAULT));
    }

    /** The list's share of the width, its columns and its sort, as the rep left them. */
    static FirstRows.Shape shape(WindowLayout layout) {
        List<Map.Entry<String, Double>> columns = layout.columns().stream()
                .map(column -> Map.entry(column.id(), column.width())).toList();
        String sort = layout.sortColumn().isEmpty() ? FirstRows.Shape.DEFAULT.sortColumn() : layout.sortColumn();
        boolean ascending = layout.sortColumn().isEmpty() || layout.sortAscending();
        if (layout.dividers().size() != 2) {
            return new FirstRows.Shape(FirstRows.Shape.DEFAULT.sideShare(), FirstRows.Shape.DEFAULT.listShare(), columns,
                    sort, ascending);
        }
        return new FirstRows.Shape(layout.dividers().get(0), layout.dividers().get(1) - layout.dividers().get(0), columns,
                sort, ascending);
    }
}

package dev.taskinbox.common.fx;

import javafx.application.Platform;

/** The one way back to the FX thread from elsewhere. */
public final class UiThread {
    private UiThread() {
    }

    /** Runs now when already on the FX thread, else as soon as the FX thread is free. */
    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Runs after what the FX thread is doing now has finished (e.g. after the change being handled). */
    public static void later(Runnable action) {
        Platform.runLater(action);
    }
}

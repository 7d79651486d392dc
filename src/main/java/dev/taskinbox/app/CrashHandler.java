package dev.taskinbox.app;

import dev.taskinbox.common.fx.UiThread;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/**
 * The last line of defence: an exception nobody caught is logged (without the key) and shown as a
 * calm dialog, with the details one click away, instead of a silent failure or a stack trace.
 */
final class CrashHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(CrashHandler.class.getName());

    private final Redactor redactor;
    private final Path logFile;
    /** One dialog at a time: a failure that repeats on every pulse must not bury the window in dialogs. */
    private final AtomicBoolean showing = new AtomicBoolean();

    CrashHandler(Redactor redactor, Path logFile) {
        this.redactor = redactor;
        this.logFile = logFile;
    }

    void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(Level.SEVERE, "Unexpected failure on thread " + thread.getName(), failure);
        if (showing.compareAndSet(false, true)) {
            String details = redactor.clean(stackTrace(failure));
            // Later, never inline: a failure inside a pulse (an animation, a layout) may not open a dialog there.
            UiThread.later(() -> show(details));
        }
    }

    String message() {
        String where = logFile == null ? "" : " The details are also in the log: " + logFile + ".";
        return "Task Inbox ran into an unexpected problem. Your drafts and sent tasks are not affected; "
                + "if something looks wrong, refresh the list." + where;
    }

    private void show(String details) {
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR, message());
            alert.setHeaderText("Something went wrong");
            TextArea text = new TextArea(details);
            text.setEditable(false);
            text.setWrapText(false);
            alert.getDialogPane().setExpandableContent(text);
            alert.showAndWait();
        } finally {
            showing.set(false);
        }
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}

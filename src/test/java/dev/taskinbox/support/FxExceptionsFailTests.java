package dev.taskinbox.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exception thrown on the FX thread (in a handler, a listener, a callback) fails the test
 * during which it was thrown, instead of being printed and forgotten while the test goes green.
 * Registered for every test through the JUnit service file.
 */
public final class FxExceptionsFailTests implements BeforeEachCallback, AfterEachCallback {
    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final Queue<String> THROWN = new ConcurrentLinkedQueue<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        THROWN.clear();
        if (FxToolkit.isFXApplicationThreadRunning()) {
            WaitForAsyncUtils.clearExceptions();
        }
        Thread.UncaughtExceptionHandler current = Thread.getDefaultUncaughtExceptionHandler();
        if (!(current instanceof Recorder)) {
            // Installed again before every test: the app under test may have put its own in place.
            Thread.setDefaultUncaughtExceptionHandler(new Recorder(current));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> thrown = takeThrown();
        if (!thrown.isEmpty()) {
            throw new AssertionError("Exception on the FX thread:\n" + String.join("\n", thrown));
        }
    }

    /** What was thrown since the test began, taken away so it does not fail the test (for the self-test). */
    public static List<String> takeThrown() {
        // Once TestFX runs the toolkit, it catches what the FX thread throws itself: the first of those
        // is enough to fail the test (TestFX keeps them until cleared).
        if (!FxToolkit.isFXApplicationThreadRunning()) {
            List<String> thrown = new ArrayList<>(THROWN);
            THROWN.clear();
            return thrown;
        }
        try {
            WaitForAsyncUtils.checkException();
        } catch (Throwable caughtByTestFx) {
            // TestFX wraps what it caught; the same throw may have reached the default handler too.
            Throwable original = caughtByTestFx.getCause() != null ? caughtByTestFx.getCause() : caughtByTestFx;
            if (!THROWN.contains(trace(original))) {
                THROWN.add(trace(original));
            }
        }
        WaitForAsyncUtils.clearExceptions();
        List<String> thrown = new ArrayList<>(THROWN);
        THROWN.clear();
        return thrown;
    }

    private static String trace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** Notes what the FX thread threw, then lets the handler before it do what it did. */
    private static final class Recorder implements Thread.UncaughtExceptionHandler {
        private final Thread.UncaughtExceptionHandler before;

        Recorder(Thread.UncaughtExceptionHandler before) {
            this.before = before;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable failure) {
            if (FX_THREAD.equals(thread.getName())) {
                THROWN.add(trace(failure));
            }
            if (before != null) {
                before.uncaughtException(thread, failure);
            } else {
                failure.printStackTrace();
            }
        }
    }
}

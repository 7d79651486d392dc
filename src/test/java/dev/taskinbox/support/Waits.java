package dev.taskinbox.support;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for the app in whole-window tests: until a condition holds, never for a fixed time. */
public final class Waits {
    private Waits() {
    }

    /** Waits up to 30 s for {@code condition}; a timeout fails the test saying what never happened. */
    public static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }
}

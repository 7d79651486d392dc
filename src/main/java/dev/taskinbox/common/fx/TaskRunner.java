package dev.taskinbox.common.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work off the FX thread and hands the result back on it. View models take this
 * interface so tests can run everything on the calling thread.
 */
public interface TaskRunner {

    /**
     * Starts {@code work}; exactly one of the callbacks runs afterwards, on the FX thread, also when
     * the work is cancelled or the app shuts down before it ran (then the failure one, with a
     * {@link java.util.concurrent.CancellationException}).
     */
    <T> Job run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code work} here and now, then exactly one of the callbacks, on this thread. */
    static <T> void runNow(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }
}

package dev.taskinbox.support;

import dev.taskinbox.common.fx.Job;
import dev.taskinbox.common.fx.TaskRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Like the app's runner without a toolkit: work runs on many threads, every callback on one
 * thread (the stand-in for the FX thread). Knows when all work and callbacks are done.
 */
public final class SerialCallbackRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("work"));
    private final ExecutorService callbacks = Executors.newSingleThreadExecutor(daemon("callbacks"));
    private final Object lock = new Object();
    private int outstanding;

    @Override
    public <T> Job run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        // Exactly one callback, as the app's runner: whichever of the end and a cancel comes first.
        AtomicBoolean settled = new AtomicBoolean();
        begin();
        workers.execute(() -> {
            try {
                T result = work.call();
                if (settled.compareAndSet(false, true)) {
                    onCallbackThread(() -> onSuccess.accept(result));
                }
            } catch (Exception failure) {
                if (settled.compareAndSet(false, true)) {
                    onCallbackThread(() -> onFailure.accept(failure));
                }
            } finally {
                end();
            }
        });
        return () -> {
            if (settled.compareAndSet(false, true)) {
                // The work runs on to its end (it is never left uncounted); its result is dropped.
                onCallbackThread(() -> onFailure.accept(new CancellationException(name + " was called off")));
            }
        };
    }

    /** Runs an action on the callback thread, as the app would on the FX thread. */
    public void onCallbackThread(Runnable action) {
        begin();
        callbacks.execute(() -> {
            try {
                action.run();
            } finally {
                end();
            }
        });
    }

    /** Waits until no work and no callback is left (new work started by callbacks included). */
    public void awaitIdle(long seconds) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lock) {
            while (outstanding > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException(outstanding + " pieces of work still running");
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }

    private void begin() {
        synchronized (lock) {
            outstanding++;
        }
    }

    private void end() {
        synchronized (lock) {
            outstanding--;
            lock.notifyAll();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        callbacks.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

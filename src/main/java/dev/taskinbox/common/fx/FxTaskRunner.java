package dev.taskinbox.common.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The app's one way to run blocking work: each piece becomes a {@link javafx.concurrent.Task} on a
 * bounded pool of daemon threads, hands back a {@link Job} to call it off, and logs how it failed.
 *
 * <p>Why {@value #THREADS} threads: the request budget, not the pool, decides which call leaves
 * first, so every call should reach the budget at once; a pool smaller than what the app keeps
 * out (four sends, a few reads ahead, a list page, a pre-flight) would let waiting read-aheads hold
 * the threads while the rep's Send waits behind them. The bound is there so that a fault (a loop
 * of retries) costs a queue, not thousands of threads. Idle threads go after 30 s.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    static final int THREADS = 32;
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ThreadPoolExecutor pool;
    private final Predicate<Throwable> expected;

    /** Every failure is logged as a warning, with its stack. */
    public FxTaskRunner() {
        this(failure -> false);
    }

    /**
     * @param expected failures the rep is told about anyway (the server or the network said no):
     *                 logged on one line with their causes, without a stack
     */
    public FxTaskRunner(Predicate<Throwable> expected) {
        this.expected = expected;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "task-inbox-worker-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> Job run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                try {
                    return work.call();
                } catch (Exception failure) {
                    // Written down here, on the worker: a log line may wait for the disk or the console.
                    logFailure(name, failure, isCancelled());
                    throw failure;
                }
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        task.setOnCancelled(event -> onFailure.accept(new CancellationException(name + " was called off")));
        try {
            pool.execute(task);
        } catch (RejectedExecutionException closing) {
            // Shutting down: the work never starts, and still gets its one callback.
            onFxThread(() -> onFailure.accept(new CancellationException(name + " did not start: the app is closing")));
            return Job.FINISHED;
        }
        return () -> task.cancel(true);
    }

    /** Every failure is written down with its cause; the log's formatter hides any key in it. */
    private void logFailure(String name, Throwable failure, boolean calledOff) {
        if (calledOff || pool.isShutdown()) {
            LOG.log(Level.FINE, () -> name + " was called off: " + describe(failure));
        } else if (expected.test(failure)) {
            LOG.log(Level.INFO, () -> name + " failed: " + describe(failure));
        } else {
            LOG.log(Level.WARNING, name + " failed", failure);
        }
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" (cause: ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return text.toString();
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
            return;
        }
        try {
            Platform.runLater(action);
        } catch (IllegalStateException toolkitGone) {
            action.run();   // the FX thread has ended: nobody else will run it
        }
    }

    /** Stops the pool: work still queued is called off (its one callback is the cancellation), running work is interrupted. */
    @Override
    public void close() {
        for (Runnable neverStarted : pool.shutdownNow()) {
            if (neverStarted instanceof Task<?> task) {
                onFxThread(() -> task.cancel(false));
            }
        }
    }
}

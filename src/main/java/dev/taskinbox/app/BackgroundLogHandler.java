package dev.taskinbox.app;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Writes log records to a file handler on a thread of its own, so that a line logged on the FX
 * thread (a failed call's callback, a crash) never waits for the disk. Records keep their order.
 * At most {@value #CAPACITY} wait; beyond that a line is dropped rather than the caller held.
 */
final class BackgroundLogHandler extends Handler {
    private static final int CAPACITY = 10_000;
    private final Handler target;
    private final BlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>(CAPACITY);

    BackgroundLogHandler(Handler target) {
        this.target = target;
        setLevel(target.getLevel());
        Thread writer = new Thread(this::write, "task-inbox-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void write() {
        try {
            while (true) {
                waiting.take().run();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            // The logging class is found from the stack when first asked: ask here, on the caller's thread.
            record.getSourceClassName();
            waiting.offer(() -> target.publish(record));
        }
    }

    @Override
    public void setLevel(Level level) {
        super.setLevel(level);
        target.setLevel(level);
    }

    /** Waits (a few seconds at most) until every line logged so far is on disk. */
    @Override
    public void flush() {
        CountDownLatch written = new CountDownLatch(1);
        if (waiting.offer(() -> {
            target.flush();
            written.countDown();
        })) {
            try {
                written.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        flush();
        target.close();
    }
}

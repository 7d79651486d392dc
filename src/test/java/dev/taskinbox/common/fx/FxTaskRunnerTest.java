package dev.taskinbox.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app's one background runner: a cancellable handle, exactly one callback, every failure logged. */
class FxTaskRunnerTest {
    private final Logger log = Logger.getLogger(FxTaskRunner.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    /** Every callback, in the order the FX thread ran them. */
    private final BlockingQueue<String> callbacks = new LinkedBlockingQueue<>();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        log.addHandler(catcher);
    }

    @AfterEach
    void quiet() {
        log.removeHandler(catcher);
    }

    private <T> Job start(FxTaskRunner runner, String name, java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> runner.run(name, work,
                value -> callbacks.add(name + " ok " + value),
                failure -> callbacks.add(name + " failed " + failure.getClass().getSimpleName()))).get(10, TimeUnit.SECONDS);
    }

    @Test
    void cancellingWorkThatIsOutGivesItsOneCallbackAsACancellationAndNoOther() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (FxTaskRunner runner = new FxTaskRunner()) {
            Job job = start(runner, "long read", () -> {
                never.await();
                return "late";
            });

            WaitForAsyncUtils.asyncFx(job::cancel).get(10, TimeUnit.SECONDS);

            assertThat(callbacks.poll(10, TimeUnit.SECONDS)).isEqualTo("long read failed CancellationException");
            start(runner, "after", () -> "x");
            assertThat(callbacks.poll(10, TimeUnit.SECONDS)).as("nothing else for the cancelled one").isEqualTo("after ok x");
        }
    }

    @Test
    void aFailureIsLoggedWithItsCauseAndReachesTheCaller() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner()) {
            start(runner, "read settings", () -> {
                throw new IllegalStateException("broken file", new java.io.IOException("disk gone"));
            });

            assertThat(callbacks.poll(10, TimeUnit.SECONDS)).isEqualTo("read settings failed IllegalStateException");
            assertThat(logged).anySatisfy(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                assertThat(record.getMessage()).contains("read settings");
                assertThat(record.getThrown()).hasMessage("broken file").hasRootCauseMessage("disk gone");
            });
        }
    }

    @Test
    void anExpectedFailureIsOneLineNamingItsCauses() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner(failure -> failure instanceof IllegalArgumentException)) {
            start(runner, "task 7", () -> {
                throw new IllegalArgumentException("Reply refused it", new java.net.ConnectException("refused"));
            });

            assertThat(callbacks.poll(10, TimeUnit.SECONDS)).isEqualTo("task 7 failed IllegalArgumentException");
            assertThat(logged).anySatisfy(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.INFO);
                assertThat(record.getMessage()).isEqualTo("task 7 failed: Reply refused it (cause: ConnectException: refused)");
                assertThat(record.getThrown()).isNull();
            });
        }
    }

    @Test
    void onShutdownEveryStartedPieceStillGetsExactlyOneCallback() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        FxTaskRunner runner = new FxTaskRunner();
        int pieces = FxTaskRunner.THREADS + 3;   // some run, some wait in the queue
        for (int i = 0; i < pieces; i++) {
            start(runner, "piece" + i, () -> {
                never.await();
                return "late";
            });
        }

        runner.close();   // from the test thread: the pool's lock is no business of the FX thread
        start(runner, "after close", () -> "never runs");

        List<String> heard = new java.util.ArrayList<>();
        for (int i = 0; i < pieces + 1; i++) {
            String next = callbacks.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("callback %d of %d", i + 1, pieces + 1).isNotNull();
            heard.add(next.substring(0, next.indexOf(' ')));
        }
        assertThat(heard).doesNotHaveDuplicates().contains("after");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(callbacks).as("no second callback for anyone").isEmpty();
    }
}

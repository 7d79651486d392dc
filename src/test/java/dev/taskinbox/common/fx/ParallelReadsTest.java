package dev.taskinbox.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.support.HeldRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Many reads, a few at a time: never more out than the width, progress after each, the results in order, and a stop. */
class ParallelReadsTest {
    private final HeldRunner runner = new HeldRunner();
    private final List<ParallelReads.Progress> progress = new ArrayList<>();
    private final List<Map<Long, String>> done = new ArrayList<>();
    private final List<Long> keys = LongStream.rangeClosed(1, 10).boxed().toList();

    private ParallelReads<Long, String> start() {
        return ParallelReads.start(runner, 4, keys, key -> {
            if (key == 7) {
                throw new IllegalStateException("unreadable");
            }
            return "task " + key;
        }, failure -> "failed: " + failure.getMessage(), progress::add, done::add);
    }

    @Test
    void atMostFourAreOutAndEachAnswerLetsTheNextOneGo() {
        start();
        assertThat(runner.held).hasSize(4);

        runner.held.remove(0).run();
        assertThat(progress).containsExactly(new ParallelReads.Progress(1, 10));
        assertThat(runner.held).as("the next one went").hasSize(4);

        while (!runner.held.isEmpty()) {
            runner.held.remove(runner.held.size() - 1).run();   // answers come in any order
        }

        assertThat(done).hasSize(1);
        assertThat(done.get(0).keySet()).containsExactlyElementsOf(keys);
        assertThat(done.get(0).get(7L)).isEqualTo("failed: unreadable");
        assertThat(done.get(0).get(3L)).isEqualTo("task 3");
        assertThat(progress).last().isEqualTo(new ParallelReads.Progress(10, 10));
    }

    @Test
    void aStopCallsOffWhatIsOutAndNothingMoreIsReadOrTold() {
        ParallelReads<Long, String> reads = start();
        runner.held.remove(0).run();
        runner.held.remove(0).run();

        reads.cancel();

        assertThat(runner.held).as("what was out is called off").isEmpty();
        assertThat(reads.isRunning()).isFalse();
        assertThat(done).isEmpty();
        assertThat(progress).hasSize(2);
    }

    @Test
    void nothingToReadIsDoneAtOnce() {
        ParallelReads.start(runner, 4, List.<Long>of(), key -> "x", failure -> "y", progress::add, done::add);

        assertThat(done).containsExactly(Map.of());
        assertThat(runner.held).isEmpty();
    }
}

package dev.taskinbox.common.fx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads many things a few at a time on the app's runner, so that a long list costs its longest
 * stretch, not the sum of its reads: at most {@code width} are out at once (the request budget
 * still decides which request leaves when). Progress is told after each read, the results once
 * all are in; {@link #cancel()} calls off what is out and drops the rest (nothing more is told).
 * FX thread only.
 *
 * @param <K> what is read (a task id, a contact id)
 * @param <V> what a read gives; a failed read gives {@code onFailure}'s answer instead
 */
public final class ParallelReads<K, V> {
    /** How far one read has got: {@code done} of {@code total}. */
    public record Progress(int done, int total) {
    }

    private final TaskRunner runner;
    private final int width;
    private final Deque<K> waiting;
    private final Map<K, V> results = new LinkedHashMap<>();
    private final List<Job> out = new ArrayList<>();
    /** Keys already answered (a same-thread runner answers before the handle is even kept). */
    private final Set<K> finished = new HashSet<>();
    private final int total;
    private boolean cancelled;

    private ParallelReads(TaskRunner runner, int width, List<K> keys) {
        this.runner = runner;
        this.width = width;
        this.waiting = new ArrayDeque<>(keys);
        this.total = keys.size();
    }

    /**
     * Starts reading every key with {@code read}; {@code progress} hears after each, {@code done}
     * gets every key's value (in the keys' order) once all are in.
     */
    public static <K, V> ParallelReads<K, V> start(TaskRunner runner, int width, List<K> keys, Function<K, V> read,
                                                   Function<Throwable, V> onFailure, Consumer<Progress> progress,
                                                   Consumer<Map<K, V>> done) {
        ParallelReads<K, V> reads = new ParallelReads<>(runner, width, keys);
        keys.forEach(key -> reads.results.put(key, null));
        if (keys.isEmpty()) {
            done.accept(Map.of());
            return reads;
        }
        for (int i = 0; i < width; i++) {
            reads.next(read, onFailure, progress, done);
        }
        return reads;
    }

    private void next(Function<K, V> read, Function<Throwable, V> onFailure, Consumer<Progress> progress,
                      Consumer<Map<K, V>> done) {
        K key = waiting.pollFirst();
        if (key == null || cancelled) {
            return;
        }
        Job[] job = new Job[1];
        job[0] = runner.run("read " + key, () -> read.apply(key),
                value -> settle(job[0], key, value, read, onFailure, progress, done),
                failure -> settle(job[0], key, onFailure.apply(failure), read, onFailure, progress, done));
        if (!finished.contains(key)) {
            out.add(job[0]);
        }
    }

    private void settle(Job job, K key, V value, Function<K, V> read, Function<Throwable, V> onFailure,
                        Consumer<Progress> progress, Consumer<Map<K, V>> done) {
        out.remove(job);
        if (cancelled) {
            return;
        }
        finished.add(key);
        results.put(key, value);
        progress.accept(new Progress(finished.size(), total));
        if (finished.size() == total) {
            done.accept(results);
            return;
        }
        next(read, onFailure, progress, done);
    }

    /** Calls off what is out and what waits; no more progress, no result. */
    public void cancel() {
        cancelled = true;
        waiting.clear();
        new ArrayList<>(out).forEach(Job::cancel);
        out.clear();
    }

    public boolean isRunning() {
        return !cancelled && finished.size() < total;
    }
}

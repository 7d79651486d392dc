package dev.taskinbox.api;

import com.google.gson.Gson;
import dev.taskinbox.task.TaskSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parses one 1,000-item filter page through the client's Gson set-up (both enum dialects, date
 * adapter, mapping to domain records) and through plain Gson into a bare record, alternating, and
 * reports the median ratio. A benchmark, not a test: it asserts nothing and runs only with
 * {@code mvn verify -Pbench}.
 */
@Tag("bench")
class ParseBenchmark {
    private static final int ROUNDS = 41;
    private static final int PARSES_PER_ROUND = 20;

    /** The same members as a list item, with nothing converted: what plain Gson costs. */
    record PlainItem(Long id, Integer taskType, Integer status, Integer linkedInTaskType, Long assignedUserId,
                     PlainContact contact, String startAt, String dueTo, String finishedAt, Boolean isScheduled,
                     Long sequenceId, Long sequenceStepId) {
    }

    record PlainContact(Long id, String fullName) {
    }

    record PlainPage(List<PlainItem> items, Boolean hasMore) {
    }

    @Test
    void clientParseVersusPlainGson() throws IOException {
        byte[] page = page().getBytes(StandardCharsets.UTF_8);
        ListPages client = new ListPages(EnumDialect.INTEGERS);
        Gson plain = new Gson();
        long[] clientNanos = new long[ROUNDS];
        long[] plainNanos = new long[ROUNDS];
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < PARSES_PER_ROUND; i++) {
                // As the client reads a page: the body as text (Retrofit hands it over whole), then one pass.
                Wire.TaskListPage parsed = client.read(new String(page, StandardCharsets.UTF_8));
                List<TaskSummary> items = parsed.items().stream().map(WireMapper::summary).toList();
                sink += items.size();
            }
            clientNanos[round] = System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = 0; i < PARSES_PER_ROUND; i++) {
                sink += plain.fromJson(reader(page), PlainPage.class).items().size();
            }
            plainNanos[round] = System.nanoTime() - start;
        }
        // The first rounds warm the JIT up; the median of the rest is what counts.
        double clientMs = median(Arrays.copyOfRange(clientNanos, 10, ROUNDS)) / 1e6 / PARSES_PER_ROUND;
        double plainMs = median(Arrays.copyOfRange(plainNanos, 10, ROUNDS)) / 1e6 / PARSES_PER_ROUND;
        String report = String.format(Locale.ROOT,
                "parse 1,000-item page: client %.3f ms, plain Gson %.3f ms, ratio %.2fx (median of %d rounds; %d items seen)%n",
                clientMs, plainMs, clientMs / plainMs, ROUNDS - 10, sink);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-parse.txt"), report);
        dev.taskinbox.bench.BenchResults.shared().add("parse a 1,000-item page", clientMs, "ms", plainMs, "<= 1.15x",
                "the client's Gson set-up and mapping vs plain Gson into records; median of " + (ROUNDS - 10) + " warm rounds");
        dev.taskinbox.bench.BenchResults.shared().write(Path.of("target/bench.json"));
        System.out.print(report);
    }

    private static Reader reader(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String page() {
        String item = "{\"id\": %d, \"taskType\": %d, \"status\": 0, \"linkedInTaskType\": null, \"assignedUserId\": 1001,"
                + " \"contact\": {\"id\": %d, \"fullName\": \"Contact Number %d\"}, \"startAt\": \"2026-11-30T07:00:00Z\","
                + " \"dueTo\": \"2026-11-30T09:00:00Z\", \"finishedAt\": null, \"isScheduled\": false,"
                + " \"sequenceId\": 301, \"sequenceStepId\": null}";
        int[] types = {0, 2, 4, 5, 7, 8, 9};
        return "{\"items\": [" + IntStream.range(0, 1000)
                .mapToObj(i -> String.format(Locale.ROOT, item, 100000 + i, types[i % types.length], i, i))
                .collect(Collectors.joining(",")) + "], \"hasMore\": true}";
    }
}

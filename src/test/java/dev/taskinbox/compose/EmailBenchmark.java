package dev.taskinbox.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A 64 KB email (paragraphs, a list, a table, links, entities) parsed into blocks, loaded into
 * the rich editor and laid out, on the FX thread, against jsoup's parse alone as its floor.
 * A benchmark, not a test: it asserts nothing and runs only with {@code mvn verify -Pbench}.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class EmailBenchmark {
    private static final int ROUNDS = 25;
    private RichEmailArea area;

    @Start
    void start(Stage stage) {
        area = new RichEmailArea();
        stage.setScene(new Scene(new VirtualizedScrollPane<>(area), 600, 500));
        stage.show();
    }

    static String email(int bytes) {
        StringBuilder html = new StringBuilder("<div dir=\"ltr\">");
        int i = 0;
        while (html.length() < bytes) {
            html.append("<p>Hi {{firstName}}, paragraph ").append(i).append(" with <b>bold</b>, <i>italic</i> &amp; a ")
                    .append("<a href=\"https://example.com/").append(i).append("\">link</a>. Emoji 👋 and שלום.</p>");
            if (i % 20 == 0) {
                html.append("<ul><li>One</li><li>Two</li></ul><table><tr><td>a</td><td>b</td></tr></table>");
            }
            i++;
        }
        return html.append("</div>").toString();
    }

    @Test
    void parseAndLayOutA64KbEmail(FxRobot robot) throws IOException {
        String html = email(64 * 1024);
        double[] loadMs = new double[ROUNDS];
        double[] jsoupMs = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long[] took = new long[2];
            robot.interact(() -> {
                long start = System.nanoTime();
                area.load(html);
                area.applyCss();
                area.getParent().layout();
                took[0] = System.nanoTime() - start;
                start = System.nanoTime();
                org.jsoup.Jsoup.parse(html);
                took[1] = System.nanoTime() - start;
            });
            loadMs[round] = took[0] / 1e6;
            jsoupMs[round] = took[1] / 1e6;
        }
        double load = median(Arrays.copyOfRange(loadMs, 5, ROUNDS));
        double jsoup = median(Arrays.copyOfRange(jsoupMs, 5, ROUNDS));
        String report = String.format(Locale.ROOT, "64 KB email parsed, loaded and laid out: %.1f ms (target < 100 ms); "
                + "jsoup parse alone %.1f ms; ratio %.2fx (median of %d rounds, %d characters)%n", load, jsoup, load / jsoup,
                ROUNDS - 5, html.length());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-email.txt"), report);
        dev.taskinbox.bench.BenchResults.shared().add("a 64 KB email parsed, loaded into the editor and laid out", load, "ms",
                jsoup, "< 100 ms", "reference: jsoup's parse alone; median of " + (ROUNDS - 5) + " warm rounds");
        dev.taskinbox.bench.BenchResults.shared().write(Path.of("target/bench.json"));
        System.out.print(report);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

package dev.taskinbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Collects benchmark figures, prints them as a table and writes target/bench.json. */
public final class BenchResults {

    /** One figure: measured against its reference (if any) and its target. */
    public record Figure(String name, double value, String unit, Double reference, String target, String note) {
        String ratio() {
            return reference == null || reference == 0 ? "" : String.format(Locale.ROOT, "%.2fx", value / reference);
        }
    }

    private static final BenchResults SHARED = new BenchResults();
    private final List<Figure> figures = new ArrayList<>();

    /** The one table every benchmark class of a run adds to: each writes it whole when it ends. */
    public static BenchResults shared() {
        return SHARED;
    }

    public synchronized void add(String name, double value, String unit, Double reference, String target, String note) {
        figures.add(new Figure(name, value, unit, reference, target, note));
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public synchronized void write(Path json) throws IOException {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-44s %12s %12s %8s  %-14s %s%n",
                "figure", "value", "reference", "ratio", "target", "note"));
        for (Figure f : figures) {
            table.append(String.format(Locale.ROOT, "%-44s %12s %12s %8s  %-14s %s%n", f.name(),
                    number(f.value()) + " " + f.unit(), f.reference() == null ? "" : number(f.reference()) + " " + f.unit(),
                    f.ratio(), f.target(), f.note()));
        }
        System.out.print(table);
        Files.createDirectories(json.getParent());
        Files.writeString(json.resolveSibling("bench.txt"), table.toString());
        Files.writeString(json, "[\n" + figures.stream().map(f -> String.format(Locale.ROOT,
                "  {\"name\": \"%s\", \"value\": %.3f, \"unit\": \"%s\", \"reference\": %s, \"ratio\": %s, \"target\": \"%s\", \"note\": \"%s\"}",
                f.name(), f.value(), f.unit(), f.reference() == null ? "null" : String.format(Locale.ROOT, "%.3f", f.reference()),
                f.reference() == null || f.reference() == 0 ? "null" : String.format(Locale.ROOT, "%.3f", f.value() / f.reference()),
                f.target(), f.note().replace("\"", "'"))).collect(Collectors.joining(",\n")) + "\n]\n");
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}

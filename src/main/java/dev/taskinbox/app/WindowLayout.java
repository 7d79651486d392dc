package dev.taskinbox.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import dev.taskinbox.common.io.AtomicFiles;
import javafx.geometry.Rectangle2D;

/**
 * How the rep left the window: its place and size (or maximized), the panes' dividers, the list's
 * columns (order, widths, the sort) and the view. Kept in {@code layout.properties} beside the
 * settings; a file that does not read gives the default layout, never an error.
 */
record WindowLayout(Rectangle2D bounds, boolean maximized, List<Double> dividers, List<Column> columns,
                    String sortColumn, boolean sortAscending, String view) {
    private static final Logger LOG = Logger.getLogger(WindowLayout.class.getName());

    /** One column: its id ({@code column-due}) and width, in the order shown. */
    record Column(String id, double width) {
    }

    WindowLayout {
        dividers = List.copyOf(dividers);
        columns = List.copyOf(columns);
        sortColumn = sortColumn == null ? "" : sortColumn;
        view = view == null ? "" : view;
    }

    /** Reads the file; empty when there is none or it does not read (the window then opens as it always has). */
    static Optional<WindowLayout> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties saved = AtomicFiles.readProperties(file);
            Rectangle2D bounds = new Rectangle2D(number(saved, "x"), number(saved, "y"), number(saved, "width"), number(saved, "height"));
            if (bounds.getWidth() < 200 || bounds.getHeight() < 150) {
                return Optional.empty();
            }
            List<Double> dividers = new ArrayList<>();
            for (String part : saved.getProperty("dividers", "").split(",")) {
                if (!part.isBlank()) {
                    double at = Double.parseDouble(part.strip());
                    if (at > 0 && at < 1) {
                        dividers.add(at);
                    }
                }
            }
            List<Column> columns = new ArrayList<>();
            for (String part : saved.getProperty("columns", "").split(",")) {
                String[] idAndWidth = part.strip().split(":");
                if (idAndWidth.length == 2) {
                    columns.add(new Column(idAndWidth[0], Math.max(30, Double.parseDouble(idAndWidth[1]))));
                }
            }
            return Optional.of(new WindowLayout(bounds, Boolean.parseBoolean(saved.getProperty("maximized")), dividers, columns,
                    saved.getProperty("sort", ""), !"descending".equals(saved.getProperty("sortOrder")),
                    saved.getProperty("view", "")));
        } catch (IOException | RuntimeException unreadable) {
            LOG.warning("The window layout " + file + " could not be read; the window opens as by default.");
            return Optional.empty();
        }
    }

    void save(Path file) throws IOException {
        Properties out = new Properties();
        out.setProperty("x", Double.toString(bounds.getMinX()));
        out.setProperty("y", Double.toString(bounds.getMinY()));
        out.setProperty("width", Double.toString(bounds.getWidth()));
        out.setProperty("height", Double.toString(bounds.getHeight()));
        out.setProperty("maximized", Boolean.toString(maximized));
        out.setProperty("dividers", String.join(",", dividers.stream().map(d -> String.format(Locale.ROOT, "%.4f", d)).toList()));
        out.setProperty("columns", String.join(",", columns.stream()
                .map(c -> c.id() + ":" + String.format(Locale.ROOT, "%.1f", c.width())).toList()));
        out.setProperty("sort", sortColumn);
        out.setProperty("sortOrder", sortAscending ? "ascending" : "descending");
        out.setProperty("view", view);
        AtomicFiles.writeProperties(file, out, "Task Inbox window layout");
    }

    /**
     * Whether a window at {@code bounds} would be reachable on one of {@code screens}: its top strip
     * (where the title bar is) must lie at least partly on a screen, else a screen that has gone
     * would leave the window where no one can grab it.
     */
    static boolean onSomeScreen(Rectangle2D bounds, List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(bounds.getMinX() + 40, bounds.getMinY(), Math.max(1, bounds.getWidth() - 80), 30);
        return screens.stream().anyMatch(screen -> screen.intersects(titleBar));
    }

    private static double number(Properties saved, String key) {
        return Double.parseDouble(saved.getProperty(key, "").strip());
    }
}

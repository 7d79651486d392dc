package dev.taskinbox.inbox;

import dev.taskinbox.common.ui.Css;
import dev.taskinbox.common.ui.DueText;
import dev.taskinbox.task.TaskSummary;
import java.text.Collator;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The opening window's picture of the last list, drawn while the real window is still being
 * built (about half a second on two cores): the rep sees their queue at once, laid out where the
 * list will be, soonest due first as the list sorts it. Plain labels only, as few as fill the
 * window: a table, its skin and its icons cost more to make than this whole window. Nothing here
 * can be clicked; the real window takes its place as soon as it is made.
 */
public final class FirstRows {
    /** The style class of the root; css/inbox.css styles it under it. */
    public static final String STYLE = "first-rows";
    /** Rows past what a full-height window shows are never drawn. */
    private static final int MOST_ROWS = 20;
    /** A clock time: the prospect's, and when the list was saved. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** The list's columns as the real table names and sizes them by default (InboxView), so nothing moves when it comes. */
    private static final List<Column> COLUMNS = List.of(new Column("column-type", "Type", 104),
            new Column("column-contact", "Contact", 124), new Column("column-step", "Step", 118),
            new Column("column-due", "Due", 106), new Column("column-local-time", "Local", 70),
            new Column("column-status", "Status", 110));

    /** One column of the picture: the real column's id, its title and width. */
    private record Column(String id, String title, double width) {
    }

    /**
     * How the rep left the window, as far as the picture follows it: the side bar's and the list's
     * shares of the width (the split's dividers), the columns in their order with their widths, and
     * the column the list is sorted by (its id; due first when none) and which way.
     */
    public record Shape(double sideShare, double listShare, List<Map.Entry<String, Double>> columns,
                        String sortColumn, boolean ascending) {
        /** The real window's default: 13% side bar, 51% list, the columns as they come, soonest due first. */
        public static final Shape DEFAULT = new Shape(0.13, 0.51, List.of(), "column-due", true);
    }

    private FirstRows() {
    }

    /** The opening window's content for this cached list; an empty list shows only "Starting Task Inbox…". */
    public static Parent of(QueueCache.Snapshot cached, Clock clock, Shape shape) {
        List<Column> columns = ordered(shape);
        VBox list = new VBox(row(columns, column -> column.title(), "first-rows-heading"));
        list.setId("first-rows");
        Instant now = clock.instant();
        cached.entries().stream().sorted(order(shape, cached, now)).limit(MOST_ROWS)
                .forEach(entry -> {
                    Map<String, String> cells = cells(entry, cached, now);
                    HBox row = row(columns, column -> cells.get(column.id()), "first-rows-row");
                    if (entry.summary().dueTo() != null && entry.summary().dueTo().isBefore(now)) {
                        row.getStyleClass().add("first-rows-overdue");   // its due time red, as in the list
                    }
                    list.getChildren().add(row);
                });
        Label title = new Label("Task Inbox");
        title.getStyleClass().add("app-title");
        HBox header = new HBox(title);
        header.getStyleClass().add("header");
        Label status = new Label(cached.savedAt() == null ? "Starting Task Inbox…"
                : "Your list as of " + TIME.format(cached.savedAt().atZone(clock.getZone())) + " · opening…");
        HBox statusLine = new HBox(status);
        statusLine.getStyleClass().add("status-line");
        // Where the side bar and the preview will be, at the shares the rep left them.
        Region side = new Region();
        Region preview = new Region();
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox middle = new HBox(side, list, preview);
        side.prefWidthProperty().bind(middle.widthProperty().multiply(shape.sideShare()));
        side.setMinWidth(Region.USE_PREF_SIZE);
        preview.prefWidthProperty().bind(middle.widthProperty().multiply(Math.max(0, 1 - shape.sideShare() - shape.listShare())));
        preview.setMinWidth(Region.USE_PREF_SIZE);
        list.setMinWidth(0);
        // More rows than the window holds are cut at its foot, never pushing the status line out.
        middle.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(middle.widthProperty());
        clip.heightProperty().bind(middle.heightProperty());
        middle.setClip(clip);
        BorderPane root = new BorderPane(middle, header, null, statusLine, null);
        root.getStyleClass().addAll("main-window", STYLE);
        root.getStylesheets().addAll(Css.sheet("app"), Css.sheet("inbox"));
        return root;
    }

    private static Map<String, String> cells(QueueCache.Entry entry, QueueCache.Snapshot cached, Instant now) {
        TaskSummary task = entry.summary();
        return Map.of(
                "column-type", task.type().label(),
                "column-contact", task.contactName() == null ? "" : task.contactName(),
                "column-step", StepText.of(task, entry.stepName(), cached.sequences()),
                "column-due", DueText.relative(task.dueTo(), now),
                "column-local-time", localTime(entry.zone(), now),
                "column-status", task.status().label());
    }

    /**
     * The list's order as the rep left it, compared as the real columns compare (InboxView): text by
     * the locale's collation as JavaFX's own column comparator does, the type by its label, due and
     * local time with the unknown last.
     */
    private static Comparator<QueueCache.Entry> order(Shape shape, QueueCache.Snapshot cached, Instant now) {
        Collator words = Collator.getInstance();
        Comparator<QueueCache.Entry> byColumn = switch (shape.sortColumn()) {
            case "column-type" -> Comparator.comparing(entry -> entry.summary().type().label(), words);
            case "column-contact" -> Comparator.comparing(entry -> text(entry.summary().contactName()), words);
            case "column-step" -> Comparator.comparing(entry -> StepText.of(entry.summary(), entry.stepName(),
                    cached.sequences()), words);
            case "column-status" -> Comparator.comparing(entry -> entry.summary().status().label(), words);
            case "column-local-time" -> Comparator.comparing(entry -> offset(entry.zone(), now),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            default -> Comparator.comparing(entry -> entry.summary().dueTo(), Comparator.nullsLast(Comparator.naturalOrder()));
        };
        return shape.ascending() ? byColumn : byColumn.reversed();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static ZoneOffset offset(String zone, Instant now) {
        return zone(zone).map(known -> known.getRules().getOffset(now)).orElse(null);
    }

    /** The cached zone, if there is one this JVM knows (the real list shows no time for one it does not). */
    private static Optional<ZoneId> zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException unknownZone) {
            return Optional.empty();
        }
    }

    /** The columns in the rep's order and widths; any the shape does not name keep their place at the end. */
    private static List<Column> ordered(Shape shape) {
        List<Column> ordered = new ArrayList<>();
        for (Map.Entry<String, Double> kept : shape.columns()) {
            COLUMNS.stream().filter(column -> column.id().equals(kept.getKey())).findFirst()
                    .ifPresent(column -> ordered.add(new Column(column.id(), column.title(), kept.getValue())));
        }
        COLUMNS.stream().filter(column -> ordered.stream().noneMatch(kept -> kept.id().equals(column.id()))).forEach(ordered::add);
        return ordered;
    }

    private static String localTime(String zone, Instant now) {
        return zone(zone).map(known -> TIME.format(now.atZone(known))).orElse("");
    }

    private static HBox row(List<Column> columns, Function<Column, String> text, String style) {
        HBox row = new HBox();
        row.getStyleClass().add(style);
        for (Column column : columns) {
            Label cell = new Label(text.apply(column));
            cell.getStyleClass().add(column.id());
            cell.setWrapText(true);   // a long sequence name takes a second line, as in the list, never "…"
            cell.setMinWidth(column.width());
            cell.setPrefWidth(column.width());
            // The type's icon stands in the first 20 px of its cell in the real list.
            cell.setPadding(new Insets(0, 8, 0, column.id().equals("column-type") ? 28 : 8));
            row.getChildren().add(cell);
        }
        return row;
    }
}

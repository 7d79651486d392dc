package dev.taskinbox.backlog;

import dev.taskinbox.common.ui.DueText;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Spread overdue" and "Away": the plan is shown before anything moves (each task, from when to
 * when); Enter or the button starts {@link BacklogMoves}, Esc stops it.
 */
public final class BacklogDialog {
    private static final int DEFAULT_DAYS = 3;
    private static final int DEFAULT_PER_DAY = 10;

    private BacklogDialog() {
    }

    /** Spreads the selected overdue tasks over the next working days. */
    public static void spreadOverdue(Window owner, InboxViewModel inbox, BacklogMoves moves, List<TaskRow> selected, Clock clock) {
        List<SpreadPlan.Item> overdue = selected.stream().filter(row -> row.summary().isOverdue(clock.instant()))
                .map(BacklogDialog::item).toList();
        if (overdue.isEmpty()) {
            inbox.notice("None of the selected tasks is overdue: select overdue ones (the Overdue view), then Spread overdue.");
            return;
        }
        Spinner<Integer> days = new Spinner<>(1, 20, DEFAULT_DAYS);
        days.setId("spread-days");
        days.setPrefWidth(90);
        Spinner<Integer> perDay = new Spinner<>(1, 200, DEFAULT_PER_DAY);
        perDay.setId("spread-per-day");
        perDay.setPrefWidth(90);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        GridPane form = form();
        String from = tomorrow.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH));
        form.addRow(0, label("Over the next"), days, label("working days, from " + from));
        form.addRow(1, label("At most"), perDay, label("a day, at 9:00 their time where known"));
        show(owner, inbox, moves, clock, "Spread overdue", "Move " + overdue.size() + " overdue " + tasks(overdue.size())
                + " into the coming mornings", form, () -> SpreadPlan.spread(overdue, tomorrow, days.getValue(),
                perDay.getValue(), clock.getZone(), clock.instant()), days.valueProperty(), perDay.valueProperty());
    }

    /** Moves everything due while the rep is away to the working days after. */
    public static void away(Window owner, InboxViewModel inbox, BacklogMoves moves, Clock clock) {
        List<SpreadPlan.Item> all = inbox.rows().stream().map(BacklogDialog::item).toList();
        DatePicker from = new DatePicker(LocalDate.now(clock));
        from.setId("away-from");
        DatePicker to = new DatePicker(LocalDate.now(clock).plusDays(4));
        to.setId("away-to");
        Spinner<Integer> perDay = new Spinner<>(1, 200, DEFAULT_PER_DAY);
        perDay.setId("away-per-day");
        perDay.setPrefWidth(90);
        GridPane form = form();
        form.addRow(0, label("Away from"), from, label("to"), to);
        form.add(label("Afterwards at most"), 0, 1);
        // Beside its number, not under the wide "to" column.
        javafx.scene.layout.HBox perDayRow = new javafx.scene.layout.HBox(8, perDay, label("a day"));
        perDayRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.add(perDayRow, 1, 1, 3, 1);
        show(owner, inbox, moves, clock, "Away", "Move what falls due while you are away to the days after", form,
                () -> from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())
                        ? new SpreadPlan.Plan(List.of(), List.of())
                        : SpreadPlan.away(all, from.getValue(), to.getValue(), perDay.getValue(), clock.getZone(), clock.instant()),
                from.valueProperty(), to.valueProperty(), perDay.valueProperty());
    }

    private static void show(Window owner, InboxViewModel inbox, BacklogMoves moves, Clock clock, String title, String header,
                             GridPane form, Supplier<SpreadPlan.Plan> plan, Observable... inputs) {
        if (moves.isRunning()) {
            inbox.notice("Tasks are being moved already; Esc stops them.");
            return;
        }
        ObservableList<String> lines = FXCollections.observableArrayList();
        ListView<String> preview = new ListView<>(lines);
        preview.setId("backlog-preview");
        preview.setPrefHeight(220);
        preview.setPrefWidth(620);
        SpreadPlan.Plan[] current = new SpreadPlan.Plan[1];
        ButtonType go = new ButtonType("Move", ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        Runnable replan = () -> {
            current[0] = plan.get();
            lines.setAll(current[0].moves().stream().map(move -> move.who() + ": due " + DueText.absolute(move.oldDue(), clock.getZone())
                    + " → " + DueText.absolute(move.dueTo(), clock.getZone()) + (move.theirTime() ? " (9:00 their time)" : "")).toList());
            current[0].leftAlone().forEach(reason -> lines.add("Stays: " + reason));
            ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(go)).setText(
                    "Move " + current[0].moves().size() + " " + tasks(current[0].moves().size()));
            dialog.getDialogPane().lookupButton(go).setDisable(current[0].moves().isEmpty());
        };
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("backlog");
        dialog.getDialogPane().setContent(new VBox(10, form, preview));
        dialog.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(go).setId("backlog-move");
        // Sized alike by default, a long "Move 12 tasks" would be cut.
        ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(go), false);
        ((Region) dialog.getDialogPane().lookupButton(go)).setMinWidth(Region.USE_PREF_SIZE);
        for (Observable input : inputs) {
            input.addListener(changed -> replan.run());
        }
        replan.run();
        if (dialog.showAndWait().filter(go::equals).isPresent()) {
            moves.start(current[0]);
        } else {
            inbox.notice("Nothing was moved.");
        }
    }

    private static SpreadPlan.Item item(TaskRow row) {
        return new SpreadPlan.Item(row.id(), row.summary().contactName(), row.summary().startAt(), row.summary().dueTo(),
                row.contactZoneProperty().get(), row.summary().scheduled());
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        return form;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String tasks(int count) {
        return count == 1 ? "task" : "tasks";
    }
}

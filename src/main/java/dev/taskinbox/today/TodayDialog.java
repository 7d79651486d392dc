package dev.taskinbox.today;

import dev.taskinbox.task.TaskType;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** T: the day's score, small and private; closes with Enter or Esc. */
public final class TodayDialog {
    private TodayDialog() {
    }

    public static void show(Window owner, Today today) {
        TodayScore score = today.score();
        GridPane grid = new GridPane();
        grid.setId("today-score");
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, bold("Done today"), value(Integer.toString(score.done()), "today-done"));
        for (TaskType type : TaskType.WORK_ORDER) {
            Integer count = score.doneByType().get(type);
            if (count != null) {
                grid.addRow(row++, new Label("   " + type.label()), value(Integer.toString(count), "today-done-" + type.name()));
            }
        }
        grid.addRow(row++, bold("Left for today"), value(Integer.toString(score.left()), "today-left"));
        grid.addRow(row++, bold("At today's pace"), value(score.toFinish().map(d -> d.isZero() ? "nothing left"
                : "about " + TodayScore.hours(d) + " to go").orElse("too early to tell"), "today-pace"));
        grid.addRow(row++, bold("Zero overdue"), value(score.clearStreak() == 0 ? "not yet this week"
                : score.clearStreak() + (score.clearStreak() == 1 ? " day" : " days") + " in a row", "today-streak"));
        Label source = new Label("Counted by this app on this computer, for you only. Reply's task reports are not"
                + " read: their shape is not documented.");
        source.setWrapText(true);
        source.setPrefWidth(420);
        source.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(source, 0, row, 2, 1);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Today");
        dialog.setHeaderText("Your day so far");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("today");
        dialog.showAndWait();
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}

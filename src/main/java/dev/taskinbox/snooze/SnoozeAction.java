package dev.taskinbox.snooze;

import dev.taskinbox.common.ui.WholeWords;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Snooze from its menu or the S key: asks first when the move would shift an automatic send. */
public final class SnoozeAction {
    private SnoozeAction() {
    }

    public static void snooze(Window owner, InboxViewModel inbox, List<Long> taskIds, Instant due) {
        if (taskIds.isEmpty()) {
            return;
        }
        Optional<String> question = inbox.snoozeQuestion(taskIds, due);
        if (question.isEmpty()) {
            inbox.snooze(taskIds, due);
            return;
        }
        ButtonType move = new ButtonType("Snooze and move the send", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, question.get(), move, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Snooze");
        ask.setHeaderText("This moves an automatic send");
        ask.getDialogPane().setId("snooze-question");
        ask.getDialogPane().lookupButton(move).setId("snooze-confirm");
        ask.getDialogPane().lookupButton(ButtonType.CANCEL).setId("snooze-cancel");
        if (WholeWords.in(ask).showAndWait().filter(move::equals).isPresent()) {
            inbox.snooze(taskIds, due);
        } else {
            inbox.notice("Not snoozed.");
        }
    }

    /** Snooze the selected tasks: tomorrow or next Monday at 9:00, or a day the rep picks. */
    public static MenuButton menu(InboxViewModel inbox, TableView<TaskRow> table, Clock clock) {
        Supplier<List<Long>> selected = () -> table.getSelectionModel().getSelectedItems().stream().map(TaskRow::id).toList();
        MenuItem tomorrow = new MenuItem("Tomorrow 9:00 (S)");
        tomorrow.setOnAction(event -> SnoozeAction.snooze(table.getScene().getWindow(), inbox, selected.get(),
                SnoozeTimes.tomorrow(clock)));
        MenuItem nextWeek = new MenuItem("Next Monday 9:00");
        nextWeek.setOnAction(event -> SnoozeAction.snooze(table.getScene().getWindow(), inbox, selected.get(),
                SnoozeTimes.nextWeek(clock)));
        MenuItem pick = new MenuItem("Pick a day…");
        pick.setOnAction(event -> {
            DatePicker day = new DatePicker(LocalDate.now(clock).plusDays(2));
            Dialog<LocalDate> dialog = new Dialog<>();
            dialog.initOwner(table.getScene().getWindow());
            dialog.setTitle("Snooze until");
            dialog.setHeaderText("The task comes back at 9:00 on the day you pick.");
            dialog.getDialogPane().setContent(day);
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.setResultConverter(button -> button == ButtonType.OK ? day.getValue() : null);
            dialog.showAndWait().filter(date -> date.isAfter(LocalDate.now(clock).minusDays(1)))
                    .ifPresent(date -> SnoozeAction.snooze(table.getScene().getWindow(), inbox, selected.get(),
                            SnoozeTimes.on(date, clock)));
        });
        MenuButton snooze = new MenuButton("Snooze", null, tomorrow, nextWeek, pick);
        snooze.setId("preview-snooze");
        snooze.setMinWidth(Region.USE_PREF_SIZE);
        return snooze;
    }
}

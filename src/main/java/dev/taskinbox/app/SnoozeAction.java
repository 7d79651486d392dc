package dev.taskinbox.app;

import dev.taskinbox.inbox.InboxViewModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Snooze from the menu or the S key: asks first when the move would shift an automatic send. */
final class SnoozeAction {
    private SnoozeAction() {
    }

    static void snooze(Window owner, InboxViewModel inbox, List<Long> taskIds, Instant due) {
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
        if (ask.showAndWait().filter(move::equals).isPresent()) {
            inbox.snooze(taskIds, due);
        } else {
            inbox.notice("Not snoozed.");
        }
    }
}

package dev.taskinbox.handover;

import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.task.TeamUser;
import java.util.List;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** H: hand the selected tasks to a teammate, picked from the team in one small dialog that Enter confirms. */
public final class HandOverAction {
    private HandOverAction() {
    }

    public static void ask(Window owner, InboxViewModel inbox, List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        inbox.handOver().teammates(team -> {
            if (team.isEmpty()) {
                inbox.notice("There is nobody else in your team to hand tasks to.");
                return;
            }
            ChoiceDialog<TeamUser> dialog = new ChoiceDialog<>(team.get(0), team);
            dialog.initOwner(owner);
            dialog.setTitle("Hand over");
            dialog.setHeaderText(taskIds.size() == 1 ? "Hand this task to a teammate"
                    : "Hand these " + taskIds.size() + " tasks to a teammate");
            dialog.setContentText("To:");
            dialog.getDialogPane().setId("handover");
            dialog.showAndWait().ifPresentOrElse(to -> inbox.handOver().handTo(taskIds, to),
                    () -> inbox.notice("Nothing was handed over."));
        }, why -> inbox.notice("Your team could not be read, so nothing was handed over. " + why));
    }
}

package dev.taskinbox.app;

import dev.taskinbox.inbox.TaskRow;
import javafx.scene.control.TableView;

/** Run-through: once a task is sent or done, the next one is selected, so the rep works down the list. */
final class RunThrough {
    private RunThrough() {
    }

    /** Selects the row after the single selected one (several selected: a bulk run, left as it is). */
    static void next(TableView<TaskRow> table) {
        if (table.getSelectionModel().getSelectedIndices().size() > 1) {
            return;
        }
        int next = table.getSelectionModel().getSelectedIndex() + 1;
        if (next > 0 && next < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(next);
            table.getFocusModel().focus(next);
            table.scrollTo(Math.max(0, next - 3));
        }
    }
}

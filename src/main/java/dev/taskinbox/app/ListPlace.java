package dev.taskinbox.app;

import dev.taskinbox.common.fx.Typing;
import dev.taskinbox.common.fx.UiThread;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The rep's place in the list: the first row selected when rows first come in, and after a
 * refresh (or when the live list takes the cached one's place) the same task selected again with
 * the same task on top. Lives on the FX thread.
 */
final class ListPlace {
    private final TableView<TaskRow> table;
    private final InboxViewModel inbox;
    private final Scene scene;
    /** The task that was selected before a refresh, to select again once it is back; null when none. */
    private Long restoreSelection;
    /** The task that was the top visible row before a refresh, to scroll back to; null when none. */
    private Long restoreTop;
    /** True while a look for the rep's place is scheduled. */
    private boolean restorePending;
    private boolean firstRowsPending;

    ListPlace(TableView<TaskRow> table, InboxViewModel inbox, Scene scene) {
        this.table = table;
        this.inbox = inbox;
        this.scene = scene;
        table.getItems().addListener((ListChangeListener<TaskRow>) change -> {
            if (restoreSelection != null) {
                // After a refresh, the rep's place comes back once their task is in the list and in
                // order (the list sorts itself right after each page goes in, hence the wait).
                if (!restorePending) {
                    restorePending = true;
                    UiThread.later(() -> {
                        restorePending = false;
                        restore();
                    });
                }
                return;
            }
            // Never inside the list's own change: selecting shows the task, which can change its row
            // (its prospect's zone), and a row changed while the filtered list takes a page breaks it.
            if (!firstRowsPending) {
                firstRowsPending = true;
                UiThread.later(() -> {
                    firstRowsPending = false;
                    selectFirstRows();
                });
            }
        });
    }

    /** The selected task and the top row now, to come back to once the list is read again. */
    void remember() {
        TaskRow current = table.getSelectionModel().getSelectedItem();
        restoreSelection = current == null ? null : current.id();
        restoreTop = firstVisible();
    }

    /** The first rows in: select the first and give the list the keyboard, so arrows work at once. */
    private void selectFirstRows() {
        // Never while the rep types (a search narrowing the list): their next letters would
        // otherwise land on the list as shortcuts.
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
            if (!Typing.into(scene.getFocusOwner())) {
                table.requestFocus();
            }
        }
    }

    /** Selects the rep's task again and puts the old top row back on top; gives up once the load ends without it. */
    private void restore() {
        if (restoreSelection == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == restoreSelection) {
                restoreSelection = null;
                table.getSelectionModel().clearAndSelect(i);
                table.getFocusModel().focus(i);
                table.scrollTo(topIndex(i));
                return;
            }
        }
        if (inbox.stateProperty().get() != InboxViewModel.LoadState.LOADING) {
            restoreSelection = null;   // done elsewhere, or filtered out: start from the top
            restoreTop = null;
            selectFirstRows();
        }
    }

    /** The task in the top visible row, or null (no rows, or the table not laid out yet). */
    private Long firstVisible() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            int index = flow.getFirstVisibleCell().getIndex();
            return index >= 0 && index < table.getItems().size() ? table.getItems().get(index).id() : null;
        }
        return null;
    }

    /** Where to scroll so the old top row is on top again; near the selection when that row is gone. */
    private int topIndex(int selected) {
        Long top = restoreTop;
        restoreTop = null;
        for (int i = 0; top != null && i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == top) {
                return i <= selected ? i : Math.max(0, selected - 3);
            }
        }
        return Math.max(0, selected - 3);
    }
}

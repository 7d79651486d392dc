package dev.taskinbox.app;

import dev.taskinbox.common.fx.Typing;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.snooze.SnoozeAction;
import dev.taskinbox.snooze.SnoozeTimes;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.bulk.BulkSend;
import dev.taskinbox.preview.TaskLinks;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Tooltip;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The keyboard map of {@link ShortcutHelp}. Single keys never fire while the rep types in a text
 * field; there only Ctrl+Enter and Esc work.
 */
final class KeyboardShortcuts {

    private final TableView<TaskRow> table;
    private final TextField search;
    private final InboxViewModel inbox;
    private final PreviewViewModel preview;
    private final SendQueue queue;
    private final Supplier<BudgetState> budget;
    private Consumer<String> openInBrowser = url -> { };
    private final Clock clock;
    private final Runnable refresh;

    KeyboardShortcuts(TableView<TaskRow> table, TextField search, InboxViewModel inbox, PreviewViewModel preview,
                      SendQueue queue, Supplier<BudgetState> budget, Clock clock, Runnable refresh, QueueWork work) {
        this.refresh = refresh;
        this.work = work;
        this.table = table;
        this.search = search;
        this.inbox = inbox;
        this.preview = preview;
        this.queue = queue;
        this.budget = budget;
        this.clock = clock;
        this.completing = new CompleteKeys(inbox, preview, this::selectedIds, this::andNext);
    }

    private final CompleteKeys completing;
    private final QueueWork work;

    /** True between a shortcut's key press and the character it would type. */
    private boolean swallowTyped;

    /** Where O sends links (the desktop's browser, mail or phone app); nothing until the app sets it. */
    void openLinksWith(Consumer<String> opener) {
        this.openInBrowser = opener;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            swallowTyped = false;
            if (handle(event, scene)) {
                event.consume();
                // A shortcut may move focus into a text field ("/" to search, E to edit); the
                // character the same key press types next must not land in that field.
                swallowTyped = !event.getText().isEmpty();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (swallowTyped) {
                swallowTyped = false;
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> swallowTyped = false);
    }

    private boolean handle(KeyEvent key, Scene scene) {
        boolean typing = Typing.into(scene.getFocusOwner());
        KeyCode code = key.getCode();
        if (code == KeyCode.ENTER && key.isShortcutDown() && key.isShiftDown()) {
            // The one deliberate key past the contact guard: the shown task only, never a selection.
            preview.sendAnyway();
            return true;
        }
        if (code == KeyCode.ENTER && key.isShortcutDown()) {
            sendSelected(scene);
            return true;
        }
        if (completing.asking()) {
            // The key after C on a call: its outcome, or anything else to leave it undone.
            return completing.answer(code);
        }
        if (code == KeyCode.ESCAPE) {
            // Esc first closes what is open over the window (the {{ list, a drop-down), nothing more.
            return !popupOpen(scene) && escape(typing);
        }
        if (typing || key.isAltDown() || key.isMetaDown()) {
            return false;
        }
        if (key.isShortcutDown()) {
            return switch (code) {
                case A -> select(() -> table.getSelectionModel().selectAll());
                case Z -> select(() -> queue.undoLast());
                case C -> select(this::copyMessage);
                case K -> select(() -> palette(scene).show(scene.getWindow()));
                default -> false;
            };
        }
        if ("?".equals(key.getText())) {
            ShortcutHelp.show(scene.getWindow());
            return true;
        }
        if ("/".equals(key.getText())) {
            search.requestFocus();
            return true;
        }
        if (code.isDigitKey() && !key.isShiftDown()) {
            int digit = Integer.parseInt(key.getText().isEmpty() ? "0" : key.getText().substring(0, 1));
            if (digit > 0 && digit <= TaskType.WORK_ORDER.size()) {
                inbox.filters().toggleType(TaskType.WORK_ORDER.get(digit - 1));
            } else {
                inbox.filters().typeFilters().clear();
            }
            return true;
        }
        return switch (code) {
            case J, DOWN -> move(1, key.isShiftDown());
            case K, UP -> move(-1, key.isShiftDown());
            case X -> select(this::toggleCurrent);
            case E, ENTER -> select(() -> preview.editingProperty().set(true));
            case C -> select(() -> completing.start(key.isShiftDown()));
            case S -> select(() -> andNext(this::snooze));
            case H -> select(work::handOver);
            case F -> select(work::followUp);
            case T -> select(work::showToday);
            case L -> select(work::sendLater);
            case O -> select(this::openTarget);
            case F5 -> select(refresh);
            default -> false;
        };
    }

    /** Ctrl+K: every action by name and key (the same ones as the keys and the Queue menu). */
    CommandPalette palette(Scene scene) {
        return new CommandPalette()
                .add("Send or complete the task (several selected: bulk send)", "Ctrl+Enter", () -> sendSelected(scene))
                .add("Send anyway, although they replied or bounced", "Ctrl+Shift+Enter", preview::sendAnyway)
                .add("Complete the selected tasks", "C", () -> completing.start(false))
                .add("Complete and end the prospect's sequence", "Shift+C", () -> completing.start(true))
                .add("Edit the message", "E", () -> preview.editingProperty().set(true))
                .add("Snooze to tomorrow 9:00", "S", () -> andNext(this::snooze))
                .add("Send later: 9:00 their time", "L", work::sendLater)
                .add("Outbox: sends held for later", "", work::showOutbox)
                .add("Follow up: a new task for this contact", "F", work::followUp)
                .add("Hand over to a teammate", "H", work::handOver)
                .add("Spread overdue tasks over the coming days", "", work::spreadOverdue)
                .add("Away: move what falls due while you are away", "", work::away)
                .add("Today: your day so far", "T", work::showToday)
                .add("Skip", "", work::skip)
                .add("Open the target (LinkedIn, mail, phone)", "O", this::openTarget)
                .add("Copy the message", "Ctrl+C", this::copyMessage)
                .add("Take back the last send", "Ctrl+Z", queue::undoLast)
                .add("Select every task shown", "Ctrl+A", () -> table.getSelectionModel().selectAll())
                .add("Search", "/", search::requestFocus)
                .add("Refresh the list", "F5", refresh)
                .add("Keyboard shortcuts", "?", () -> ShortcutHelp.show(scene.getWindow()))
                .add("Settings", "", () -> {
                    if (scene.lookup("#settings") instanceof javafx.scene.control.Button settings && !settings.isDisabled()) {
                        settings.fire();
                    }
                });
    }

    /** Run-through: after acting on one task, the next one is selected (not after a bulk action). */
    private void andNext(Runnable action) {
        boolean single = table.getSelectionModel().getSelectedIndices().size() == 1;
        action.run();
        if (single) {
            move(1, false);
        }
    }

    private static boolean select(Runnable action) {
        action.run();
        return true;
    }

    private static boolean popupOpen(Scene scene) {
        return Window.getWindows().stream().anyMatch(window -> window instanceof PopupWindow popup && !(popup instanceof Tooltip)
                && popup.isShowing() && popup.getOwnerWindow() == scene.getWindow());
    }

    private boolean escape(boolean typing) {
        if (work.stop()) {
            return true;
        }
        if (preview.bulk().cancel()) {
            inbox.notice("Stopped checking. Nothing was sent.");
            return true;
        }
        if (queue.cancelPending() > 0) {
            return true;
        }
        if (preview.editingProperty().get() || typing) {
            preview.editingProperty().set(false);
            if (search.isFocused() && search.getText().isEmpty()) {
                inbox.filters().typeFilters().clear();
            }
            table.requestFocus();
            return true;
        }
        return false;
    }

    /** Moves the current row; with Shift the selection grows instead of moving. */
    private boolean move(int step, boolean extend) {
        int size = table.getItems().size();
        if (size == 0) {
            return true;
        }
        int current = Math.max(0, table.getFocusModel().getFocusedIndex());
        int next = Math.max(0, Math.min(size - 1, current + step));
        if (extend) {
            table.getSelectionModel().select(next);
        } else {
            table.getSelectionModel().clearAndSelect(next);
        }
        table.getFocusModel().focus(next);
        table.scrollTo(Math.max(0, next - 3));
        table.requestFocus();
        return true;
    }

    private void toggleCurrent() {
        int current = table.getFocusModel().getFocusedIndex();
        if (current < 0) {
            return;
        }
        if (table.getSelectionModel().isSelected(current)) {
            table.getSelectionModel().clearSelection(current);
        } else {
            table.getSelectionModel().select(current);
        }
        table.getFocusModel().focus(current);
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(TaskRow::id).toList();
    }

    /** One task: send or complete it through the preview. Several: the pre-flight first. */
    private void sendSelected(Scene scene) {
        List<Long> ids = selectedIds();
        if (ids.size() <= 1) {
            preview.sendOrComplete();
            return;
        }
        new BulkSend(preview, inbox, queue, budget, work.outbox(), clock).send(scene.getWindow(), ids, table::requestFocus,
                work::select);
    }

    private void snooze() {
        SnoozeAction.snooze(table.getScene().getWindow(), inbox, selectedIds(), SnoozeTimes.tomorrow(clock));
    }

    private void openTarget() {
        TaskLinks.linkTo(preview.detailProperty().get()).ifPresent(openInBrowser);
    }

    private void copyMessage() {
        String text = preview.editor().plainText();
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            inbox.notice("Message copied.");
        }
    }
}

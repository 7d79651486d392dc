package dev.taskinbox.app;

import dev.taskinbox.backlog.BacklogDialog;
import dev.taskinbox.backlog.BacklogMoves;
import dev.taskinbox.common.fx.Delays;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.outbox.Outbox;
import dev.taskinbox.outbox.OutboxDialog;
import dev.taskinbox.outbox.OutboxFile;
import dev.taskinbox.outbox.SendLaterAction;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.followup.FollowUpDialog;
import dev.taskinbox.followup.FollowUps;
import dev.taskinbox.handover.HandOverAction;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.ZoneReadAhead;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.WorkingHours;
import dev.taskinbox.today.DayLog;
import dev.taskinbox.today.Today;
import dev.taskinbox.today.TodayDialog;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * The queue work beyond sending: follow up, hand over, spread a backlog, today's score, and the
 * honest answer about skipping. Reached by keys ({@link KeyboardShortcuts}) and the Queue menu.
 */
final class QueueWork {
    /** Reply has no verb for skipping a task (reply-api-v3-tasks.md §3.11): the app says so instead of faking one. */
    static final String NO_SKIP = "Reply has no skip for tasks, so the app does not fake one: snooze it (S) to see it"
            + " again later, or complete it (C) to take it off your list.";

    private final InboxViewModel inbox;
    private final PreviewViewModel preview;
    private final Clock clock;
    private final FollowUps followUps;
    private final BacklogMoves moves;
    private final Today today;
    private final Outbox outbox;
    private final LinkedInMeter linkedIn;
    private boolean outboxStarted;
    private TableView<TaskRow> table;

    QueueWork(TaskGateway gateway, TaskRunner runner, InboxViewModel inbox, PreviewViewModel preview, SendQueue queue,
              Delays delays, DayLog log, OutboxFile outboxFile, Clock clock) {
        this.inbox = inbox;
        this.preview = preview;
        this.clock = clock;
        this.followUps = new FollowUps(gateway, runner, inbox, clock);
        this.moves = new BacklogMoves(gateway, runner, inbox);
        this.today = new Today(log, inbox, clock);
        new ZoneReadAhead(inbox, gateway, runner, delays);
        new MailCounter(queue.service(), preview.senders(), log, clock);
        this.linkedIn = new LinkedInMeter(gateway, runner, preview, queue.service(), clock);
        this.outbox = new Outbox(gateway, runner, queue, inbox, outboxFile, delays, clock);
        outbox.onDueUnseen(due -> OutboxDialog.askAboutUnseen(table.getScene().getWindow(), outbox, due, clock));
        // Held sends are read once the list is in, so their rows can say so.
        inbox.stateProperty().addListener((obs, was, now) -> {
            if (now == InboxViewModel.LoadState.LOADED && !outboxStarted) {
                outboxStarted = true;
                outbox.start();
            }
        });
    }

    LinkedInMeter linkedIn() {
        return linkedIn;
    }

    /**
     * The prospects' working hours as the rep set them ("" for the default); a saved value that does
     * not read is said and the default used, so no setting can stop the app.
     */
    void useHours(String saved) {
        WorkingHours hours = WorkingHours.parse(saved).orElse(WorkingHours.DEFAULT);
        if (!saved.isBlank() && WorkingHours.parse(saved).isEmpty()) {
            inbox.warn("The working hours in the settings (\"" + saved + "\") do not read, so "
                    + WorkingHours.DEFAULT.text() + " is used. Settings has the field.");
        }
        inbox.filters().useHours(hours);
        inbox.counts().useHours(hours);
        inbox.clockTicked();
        preview.prospect().useHours(hours);
        preview.bulk().useHours(hours);
    }

    Outbox outbox() {
        return outbox;
    }

    void sendLater() {
        SendLaterAction.holdShown(preview, outbox, inbox, clock);
    }

    void showOutbox() {
        OutboxDialog.show(table.getScene().getWindow(), outbox, clock);
    }

    /** Shows one task (from a dialog that named it): selected, in view, the list focused. */
    void select(long taskId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == taskId) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                table.requestFocus();
                return;
            }
        }
        inbox.notice("That task is not in the list as it is filtered now.");
    }

    void attach(TableView<TaskRow> rows) {
        this.table = rows;
    }

    Today today() {
        return today;
    }

    void followUp() {
        FollowUpDialog.ask(table.getScene().getWindow(), followUps, preview.detailProperty().get(), clock);
    }

    void handOver() {
        HandOverAction.ask(table.getScene().getWindow(), inbox, selectedIds());
    }

    void spreadOverdue() {
        BacklogDialog.spreadOverdue(table.getScene().getWindow(), inbox, moves,
                List.copyOf(table.getSelectionModel().getSelectedItems()), clock);
    }

    void away() {
        BacklogDialog.away(table.getScene().getWindow(), inbox, moves, clock);
    }

    void showToday() {
        TodayDialog.show(table.getScene().getWindow(), today);
    }

    void skip() {
        inbox.notice(NO_SKIP);
    }

    /** Esc: a backlog run stops after the move under way. */
    boolean stop() {
        if (moves.stop()) {
            inbox.notice("Stopping: the move under way finishes, no more start.");
            return true;
        }
        return false;
    }

    /** The header's Queue menu: every action here, with its key. */
    MenuButton menu() {
        MenuItem finish = item("Complete + end sequence (Shift+C)", "queue-finish", preview::completeAndFinish);
        finish.disableProperty().bind(preview.detailProperty().isNull());
        // In the header, not the preview: the preview's action bar has no room left for a word at 1280 px.
        MenuButton menu = new MenuButton("Queue", null, finish,
                item("Follow up… (F)", "queue-follow-up", this::followUp),
                item("Hand over… (H)", "queue-hand-over", this::handOver),
                new SeparatorMenuItem(),
                item("Spread overdue…", "queue-spread", this::spreadOverdue),
                item("Away…", "queue-away", this::away),
                new SeparatorMenuItem(),
                item("Send later: 9:00 their time (L)", "queue-send-later", this::sendLater),
                item("Outbox…", "queue-outbox", this::showOutbox),
                new SeparatorMenuItem(),
                item("Today (T)", "queue-today", this::showToday),
                item("Skip", "queue-skip", this::skip));
        menu.setId("queue-menu");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(TaskRow::id).toList();
    }
}

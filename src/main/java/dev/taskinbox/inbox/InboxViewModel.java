package dev.taskinbox.inbox;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The task list: who the rep is, their pending tasks streamed in page by page, and each row's
 * state as sends and completes come back. Lives on the FX thread.
 */
public final class InboxViewModel {
    /** What the list is doing; the view shows a placeholder for each. */
    public enum LoadState { IDLE, LOADING, LOADED, FAILED, OFFLINE }

    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final RowList rowList = new RowList(this::recount);
    private final ObservableList<TaskRow> rows = rowList.rows();
    private final FilteredList<TaskRow> visibleRows = new FilteredList<>(rows);
    private final TaskFilters filters;
    private final Snoozer snoozer;
    private final ObservableMap<Long, String> sequenceNames = FXCollections.observableHashMap();
    private final InboxCounts counts;
    private final SendReport sendReport;
    private final BatchCompleter completer;
    private final HandOver handOver;
    private final ListLoader loader;
    private final CachedList cached;
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.IDLE);
    private final ObjectProperty<CurrentUser> user = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty trouble = new SimpleStringProperty("");
    private final StringProperty attention = new SimpleStringProperty("");
    private final List<Long> attentionTasks = new ArrayList<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final DoubleProperty progressShare = new SimpleDoubleProperty();
    private final Clock clock;
    private ObservableMap<Long, ?> drafts = FXCollections.observableHashMap();

    public InboxViewModel(TaskGateway gateway, TaskRunner runner, Clock clock) {
        this.gateway = gateway;
        this.runner = runner;
        this.clock = clock;
        this.counts = new InboxCounts(clock);
        this.sendReport = new SendReport(this);
        this.filters = new TaskFilters(clock);
        this.snoozer = new Snoozer(this, gateway, runner, clock);
        this.completer = new BatchCompleter(this, gateway, runner);
        this.handOver = new HandOver(this, gateway, runner);
        this.cached = new CachedList(rowList, sequenceNames, runner, clock);
        this.loader = new ListLoader(gateway, runner, rowList,
                new ListLoader.Outlet(state, user, message, trouble, sequenceNames), () -> drafts, cached);
        visibleRows.predicateProperty().bind(filters.predicate());
    }

    /** The last list, shown while the live one loads (and kept when Reply cannot be reached). */
    public CachedList cached() {
        return cached;
    }

    /** Keeps the rows in this order from now on (the table's column sort; see {@link RowList#sortBy}). */
    public void sortBy(Comparator<TaskRow> comparator) {
        rowList.sortBy(comparator);
    }

    /**
     * Time moved on: tasks fall due and today ends, so views and counts are taken again (the
     * window calls this once a minute).
     */
    public void clockTicked() {
        filters.clockTicked();
        recount();
    }

    /** Sequence names by id, read once the list is in (numbers stand in until then, or for good). */
    public ObservableMap<Long, String> sequenceNames() {
        return sequenceNames;
    }

    /** The view, types, sequence and search that narrow the list. */
    public TaskFilters filters() {
        return filters;
    }

    /** Live counts per view and per type. */
    public InboxCounts counts() {
        return counts;
    }

    void recount() {
        counts.recount(rows);
    }

    /** The rows the filters let through, in list order: what the table shows. */
    public ObservableList<TaskRow> visibleRows() {
        return visibleRows;
    }

    /** Completes many tasks in Reply's batch call (100 a call), then says which could not be completed and why. */
    public void completeAll(List<Long> taskIds) {
        completer.completeAll(taskIds);
    }

    /** What the rep must agree to before these tasks move to {@code due}, or empty (see {@link Snoozer}). */
    public Optional<String> snoozeQuestion(List<Long> taskIds, Instant due) {
        return snoozer.question(taskIds, due);
    }

    /** Handing the selected tasks to a teammate. */
    public HandOver handOver() {
        return handOver;
    }

    /** Moves tasks to a new due time, within the list's window (see {@link Snoozer}). */
    public void snooze(List<Long> taskIds, Instant due) {
        snoozer.snooze(taskIds, due);
    }

    /** A row's task changed in a way that makes a new row of it (new dates): it takes the old one's place and order. */
    public void replace(TaskRow row, TaskRow replacement) {
        rowList.replace(row, replacement);
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }
    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<CurrentUser> userProperty() {
        return user;
    }

    /** The latest thing the rep should read about the list or a send, in plain words. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The current send run in a few words ("12 sent · 1 failed · 23 left"); empty when nothing runs. */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    /** Trouble reaching Reply, for a banner: empty while all is well. */
    public ReadOnlyStringProperty troubleProperty() {
        return trouble;
    }

    /** A task that no longer exists in Reply leaves the list, with a word about it. */
    public void taskGone(long taskId) {
        find(taskId).ifPresent(row -> {
            rows.remove(row);
            message.set("The " + row.summary().type().inSentence() + " task for " + row.summary().contactName()
                    + " was deleted in Reply, so it has left the list.");
        });
    }

    /** Marks rows that have an unsent edit, now and as drafts come and go. */
    public void watchDrafts(ObservableMap<Long, ?> draftsByTask) {
        this.drafts = draftsByTask;
        draftsByTask.addListener((MapChangeListener<Long, Object>) change -> find(change.getKey()).ifPresent(row -> row.setDraft(
                draftsByTask.containsKey(change.getKey()))));
        rows.forEach(row -> row.setDraft(draftsByTask.containsKey(row.id())));
    }

    /** Shows a notice in the status line (e.g. a file that had to be set aside at start-up). */
    public void notice(String text) {
        if (!text.isBlank()) {
            message.set(text);
        }
    }

    /** The request budget in a few words: how much of the minute is used, what waits, or why it pauses. */
    public ReadOnlyStringProperty budgetProperty() {
        return budget;
    }

    /** Reads the budget's state (cheap, no I/O) into {@link #budgetProperty()}; the view calls it every second. */
    public void refreshBudget() {
        BudgetState state = gateway.budgetState();
        Instant now = clock.instant();
        if (state.pausedUntil() != null && state.pausedUntil().isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, state.pausedUntil()).toSeconds());
            budget.set("Reply is limiting requests; resuming in " + seconds + " s");
            return;
        }
        String used = "Requests " + state.usedInWindow() + "/" + state.windowLimit() + " a minute";
        budget.set(state.totalQueued() == 0 ? used : used + " · " + state.totalQueued() + " waiting");
    }

    /** (Re)loads the rep's pending tasks: who am I, then every page until the server says no more. */
    public void load() {
        loader.load();
    }

    /** Newer facts about a task (its details were read): refresh the row's status and step. */
    public void taskRead(TaskDetail task) {
        find(task.id()).ifPresent(row -> {
            TaskStatus before = row.statusProperty().get();
            row.setStatus(task.status());
            row.setStepName(task.stepName());
            row.setSubject(task.message().subject());
            if (before != task.status()) {
                recount();
            }
        });
    }

    /** The contact of this task lives in that zone: the row shows their time from now on. */
    public void contactZoneKnown(long taskId, ZoneId zone) {
        find(taskId).ifPresent(row -> row.setContactZone(zone));
    }

    public Optional<TaskRow> find(long taskId) {
        return rowList.find(taskId);
    }

    /** How sends and completes show in the list: row by row, and for a run as a whole. */
    public SendReport sendReport() {
        return sendReport;
    }

    /** How far the current run is, 0 to 1, for a progress bar. */
    public ReadOnlyDoubleProperty progressShareProperty() {
        return progressShare;
    }

    void say(String text) {
        message.set(text);
    }

    /** Something the rep should not miss (a run's failures), kept until they close it; with the tasks it is about. */
    void needsAttention(String text, List<Long> taskIds) {
        attentionTasks.clear();
        attentionTasks.addAll(taskIds);
        attention.set(text);
    }

    /** Something about the app the rep should not miss (a saved setting that could not be used), kept until closed. */
    public void warn(String text) {
        if (!text.isBlank()) {
            needsAttention(text, List.of());
        }
    }

    /** What needs the rep's attention (empty when nothing does). */
    public ReadOnlyStringProperty attentionProperty() {
        return attention;
    }

    /** The tasks the attention is about, for "Select them". */
    public List<Long> attentionTasks() {
        return List.copyOf(attentionTasks);
    }

    public void dismissAttention() {
        attention.set("");
        attentionTasks.clear();
    }

    void troubled(String text) {
        trouble.set(text);
    }

    void showProgress(String text, double share) {
        progress.set(text);
        progressShare.set(share);
    }

    BudgetState budgetState() {
        return gateway.budgetState();
    }
}

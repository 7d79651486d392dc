package dev.taskinbox.preview;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.send.Readers;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.DraftStore;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskSummary;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

/**
 * The preview and editor of the selected task: reads its details (cached by id), keeps the rep's
 * edits as a {@link Draft} per task, and sends or completes it through {@link SendService}.
 * Lives on the FX thread.
 */
public final class PreviewViewModel {
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final SendService sender;
    private final SendQueue queue;
    private final TaskDetails details;
    private final Drafts drafts;
    private final ObjectProperty<TaskSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty loadError = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final Senders senders;
    private final BulkPreflight preflight;
    private final Readiness readiness;
    private final SendGate gate;
    private final ProspectTime prospect;
    private final Editor editor;
    private Consumer<TaskDetail> onTaskRead = task -> { };
    private LongConsumer onTaskGone = taskId -> { };
    private final ServerComplaints complaints = new ServerComplaints();
    private final PreviewOutcomes outcomes;
    private final PreviewActions actions;

    public PreviewViewModel(TaskGateway gateway, TaskRunner runner, SendQueue queue) {
        this(gateway, runner, queue, DraftStore.NONE);
    }

    /**
     * Sends and completes go through {@code queue} (undo window, bounded concurrency);
     * {@code draftStore} keeps edits across runs, and its saved drafts are restored here.
     */
    public PreviewViewModel(TaskGateway gateway, TaskRunner runner, SendQueue queue, DraftStore draftStore) {
        this(gateway, runner, queue, draftStore, DetailCopies.none());
    }

    /** As above; {@code copies} keeps each task read, shown as a copy while Reply cannot be reached. */
    public PreviewViewModel(TaskGateway gateway, TaskRunner runner, SendQueue queue, DraftStore draftStore, DetailCopies copies) {
        this.gateway = gateway;
        this.runner = runner;
        this.queue = queue;
        this.sender = queue.service();
        this.drafts = new Drafts(draftStore);
        this.details = new TaskDetails(gateway, runner, copies);
        this.prospect = new ProspectTime(gateway, runner);
        this.senders = new Senders(gateway, runner, this::refillSender);
        this.editor = new Editor(drafts, senders, detail::get);
        ContactGuard guard = new ContactGuard(gateway, runner, Clock.systemUTC());
        this.preflight = new BulkPreflight(gateway, runner, details.asMap(), drafts, senders, sender, () -> queue,
                ((Consumer<TaskDetail>) details::keep).andThen(task -> onTaskRead.accept(task)), guard, prospect::now);
        this.readiness = new Readiness(sender, () -> queue, senders, drafts);
        this.gate = new SendGate(detail, loading, editor, senders, readiness, guard, prospect.hoursNoteProperty());
        editor.setOnEdited(complaints::clear);
        actions = new PreviewActions(detail, gate, queue, senders, drafts, editor, editing);
        outcomes = new PreviewOutcomes(details, drafts, complaints, this::isSelected, this::showFresh, gate::refresh);
        // Its turn on the send route: after the queue and the list (see the send package).
        sender.addListener(Readers.Role.PREVIEW, outcomes);
        queue.addListener(Readers.Role.PREVIEW, outcomes);
    }

    /** The subject, body and sender as the rep edits them. */
    public Editor editor() {
        return editor;
    }

    /** The prospect's local time, from their contact record. */
    public ProspectTime prospect() {
        return prospect;
    }

    /** What the server said about fields of the last refused send. */
    public ServerComplaints complaints() {
        return complaints;
    }

    /** The pre-flight of a bulk Send: which of many tasks can go, reading those not read yet. */
    public BulkPreflight bulk() {
        return preflight;
    }

    /** The rep's email accounts: the connected ones the picker offers, read (and read again) here. */
    public Senders senders() {
        return senders;
    }

    /** Whether Send or Complete may run now, and what the pane says about it. */
    public SendGate gate() {
        return gate;
    }

    /** The list row this preview is for (null when none). */
    public ReadOnlyObjectProperty<TaskSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<TaskDetail> detailProperty() {
        return detail;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Why the details could not be shown; empty when they could. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    /**
     * The rep moved on: reads-ahead still waiting for the budget are dropped, and these tasks are
     * read ahead in the lowest lane (those read or being read already are skipped), so that moving
     * to one shows it at once.
     */
    public void readAhead(List<Long> taskIds) {
        details.dropStalePrefetches();
        for (long taskId : taskIds) {
            details.prefetch(taskId, task -> {
                onTaskRead.accept(task);
                gate.lookAhead(task);
                if (isSelected(taskId) && detail.get() == null) {
                    loading.set(false);
                    setDetail(task);
                }
            });
        }
    }

    /** Called after the rep sent or completed the shown task (run-through: the window moves to the next). */
    public void setOnActed(Runnable listener) {
        actions.setOnActed(listener);
    }

    /** Called with the id of a task Reply no longer has (deleted elsewhere). */
    public void setOnTaskGone(LongConsumer listener) {
        this.onTaskGone = listener;
    }

    /** Called with every task whose details were read or changed (e.g. to refresh its row). */
    public void setOnTaskRead(Consumer<TaskDetail> listener) {
        this.onTaskRead = listener;
    }

    /** The rep's unsent edits by task id, for marking rows; read-only. */
    public ObservableMap<Long, Draft> drafts() {
        return drafts.view();
    }

    /** Shows a task (null clears the pane); its details come from the cache or the server. */
    public void show(TaskSummary summary) {
        selected.set(summary);
        editing.set(false);
        loadError.set("");
        editor.callOutcomeProperty().set(null);
        complaints.clear();
        if (summary == null) {
            setDetail(null);
            return;
        }
        TaskDetail cached = details.get(summary.id());
        if (cached != null) {
            setDetail(cached);
            return;
        }
        setDetail(null);
        loading.set(true);
        long id = summary.id();
        details.read(id, task -> {
            sender.observed(task);
            onTaskRead.accept(task);
            if (isSelected(id)) {
                loading.set(false);
                setDetail(task);
            }
        }, failure -> {
            if (gone(failure)) {
                onTaskGone.accept(id);
            }
            if (isSelected(id)) {
                loading.set(false);
                Optional<DetailCopies.Copy> copy = gone(failure) ? Optional.empty() : details.copyOf(id);
                copy.ifPresent(read -> {
                    setDetail(read.task());
                    gate.showingCopy(read.readAt());   // after setDetail, which is of a fresh task otherwise
                });
                loadError.set(copy.isPresent() ? "" : "Could not show this task. " + GatewayException.userMessageOf(failure));
            }
        });
    }

    private static boolean gone(Throwable failure) {
        return failure instanceof GatewayException gone && gone.taskGone();
    }

    /** Reply answers again: a task shown from its copy is read afresh (Send waits for that read). */
    public void readAgainIfCopy() {
        if (gate.copyReadAtProperty().get() != null) {
            show(selected.get());
        }
    }

    /** Saves no more copies (the app is closing; callable from any thread). */
    public void close() {
        details.close();
    }

    /** The main action: sends emails and SMS, completes every other type. */
    public boolean sendOrComplete() {
        return actions.sendOrComplete();
    }

    /** Ctrl+Shift+Enter: sends the shown task although its prospect replied or bounced (never if they opted out). */
    public boolean sendAnyway() {
        return actions.sendAnyway();
    }

    /** Shift+C: marks the shown task done without sending, and finishes its prospect in the sequence. */
    public boolean completeAndFinish() {
        return actions.completeAndFinish();
    }

    /** Throws away the rep's edit of the shown task and shows the server's text again. */
    public void resetToTemplate() {
        TaskDetail task = detail.get();
        if (task != null) {
            editing.set(false);
            editor.reset(task);
        }
    }

    private void setDetail(TaskDetail task) {
        detail.set(task);
        editor.fill(task);
        gate.refresh();
        gate.look(task);
        prospect.lookUp(task, detail::get, withPhone -> {
            if (gate.copyReadAtProperty().get() == null) {   // a copy never passes for the task read afresh
                details.put(withPhone);
            }
            detail.set(withPhone);
        });
    }

    private void showFresh(TaskDetail task, boolean doneEditing) {
        if (doneEditing) {
            editing.set(false);
        }
        setDetail(task);
    }

    /** The accounts are known: the shown task's sender is chosen again from them. */
    private void refillSender() {
        if (detail.get() != null) {
            editor.fill(detail.get());
        }
    }

    private boolean isSelected(long taskId) {
        return selected.get() != null && selected.get().id() == taskId;
    }

}

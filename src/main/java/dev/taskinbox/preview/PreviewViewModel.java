package dev.taskinbox.preview;

import dev.taskinbox.common.fx.Delays;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.send.Readers;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.DraftStore;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.SenderChoice;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The preview and editor of the selected task: reads its details (cached by id), keeps the rep's
 * edits as a {@link Draft} per task, and sends or completes it through {@link SendService}.
 * Lives on the FX thread.
 */
public final class PreviewViewModel implements SendService.Listener {
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final SendService sender;
    private SendQueue queue;
    private final Map<Long, TaskDetail> details = new HashMap<>();
    private final Drafts drafts;
    private final ObjectProperty<TaskSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty loadError = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final Senders senders;
    private final BulkPreflight preflight;
    private final Readiness readiness;
    private final StringProperty senderNote = new SimpleStringProperty("");
    private final ObjectProperty<EmailAccount> account = new SimpleObjectProperty<>();
    private final ObjectProperty<CallOutcome> callOutcome = new SimpleObjectProperty<>();
    private final StringProperty localTime = new SimpleStringProperty("");
    /** Contact time zones by contact id, once read ("" when the contact has none or could not be read). */
    private final ContactZones contactZones;
    private Clock clock = Clock.systemDefaultZone();
    private final BooleanBinding accountPickable;
    private final StringBinding blockedReason;
    private final StringBinding warning;
    private final BooleanBinding editable;
    private final Set<Long> prefetching = new HashSet<>();
    private Consumer<TaskDetail> onTaskRead = task -> { };
    private LongConsumer onTaskGone = taskId -> { };
    private Runnable onActed = () -> { };
    private BiConsumer<Long, ZoneId> onContactZone = (taskId, zone) -> { };
    private final ServerComplaints complaints = new ServerComplaints();
    /** True while the fields are being filled from a task, so that filling is not taken for an edit. */
    private boolean filling;

    public PreviewViewModel(TaskGateway gateway, TaskRunner runner, SendService sender) {
        this(gateway, runner, sender, DraftStore.NONE);
    }

    /** {@code draftStore} keeps edits across runs; its saved drafts are restored here. */
    public PreviewViewModel(TaskGateway gateway, TaskRunner runner, SendService sender, DraftStore draftStore) {
        this.gateway = gateway;
        this.runner = runner;
        this.sender = sender;
        this.drafts = new Drafts(draftStore);
        this.contactZones = new ContactZones(gateway, runner);
        this.senders = new Senders(gateway, runner);
        this.preflight = new BulkPreflight(gateway, runner, details, drafts, senders, sender, () -> queue);
        this.readiness = new Readiness(sender, () -> queue, senders, drafts);
        accountPickable = Bindings.createBooleanBinding(() -> detail.get() != null
                && detail.get().type() == TaskType.MANUAL_EMAIL && !detail.get().fromSequence(), detail);
        blockedReason = Bindings.createStringBinding(() -> readiness.blockedReason(detail.get(), loading.get(),
                        new MessageContent(subject.get(), body.get()), account.get()), detail, busy, loading, account,
                subject, body, senders.knownProperty());
        senderNote.bind(Bindings.createStringBinding(() -> detail.get() == null || detail.get().type() != TaskType.MANUAL_EMAIL
                ? "" : detail.get().fromSequence() ? "Sender set by the sequence"
                : senders.knownProperty().get() ? "" : SenderChoice.DEFAULT_UNREAD + " (your accounts could not be read)",
                detail, senders.knownProperty()));
        warning = Bindings.createStringBinding(() -> readiness.warning(detail.get(),
                new MessageContent(subject.get(), body.get()), account.get()), detail, subject, body);
        editable = Bindings.createBooleanBinding(() -> detail.get() != null && detail.get().type().isExecutable()
                && detail.get().status() == TaskStatus.NEW && !busy.get(), detail, busy);
        subject.addListener((obs, old, now) -> edited());
        body.addListener((obs, old, now) -> edited());
        account.addListener((obs, old, now) -> edited());
    }

    // ---- Properties -------------------------------------------------------------------------

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

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** Connected accounts only: a disconnected one cannot send. */
    public ObservableList<EmailAccount> accounts() {
        return senders.connected();
    }

    public ObjectProperty<EmailAccount> accountProperty() {
        return account;
    }

    /** The prospect's local time ("Mon 10:42 (Europe/Stockholm)"), when their time zone is known. */
    public ReadOnlyStringProperty localTimeProperty() {
        return localTime;
    }

    /** The clock local times are read from (tests fix it). */
    public void useClock(Clock fixed) {
        this.clock = fixed;
    }

    /** For a call: how it went, sent with the completion (none chosen: no outcome is sent). */
    public ObjectProperty<CallOutcome> callOutcomeProperty() {
        return callOutcome;
    }

    /** The sender can be chosen only for manual emails outside a sequence (the sequence decides otherwise). */
    public BooleanBinding accountPickableProperty() {
        return accountPickable;
    }

    /** Why the main action (Send or Complete) cannot run now; empty when it can. */
    public StringBinding blockedReasonProperty() {
        return blockedReason;
    }

    /** What the server said about the subject on the last refused send; empty otherwise. */
    public ReadOnlyStringProperty subjectErrorProperty() {
        return complaints.subject();
    }

    public ReadOnlyStringProperty bodyErrorProperty() {
        return complaints.body();
    }

    public ReadOnlyStringProperty accountErrorProperty() {
        return complaints.account();
    }

    /** Why the last send of the shown task did not go, when no single field is to blame. */
    public ReadOnlyStringProperty sendErrorProperty() {
        return complaints.general();
    }

    /** Something the rep should know before sending that does not stop it (a long SMS); empty otherwise. */
    public StringBinding warningProperty() {
        return warning;
    }

    /** The rep moved on: reads-ahead still waiting for the budget are dropped before new ones queue. */
    public void dropStalePrefetches() {
        gateway.dropQueuedPrefetches();
    }

    /**
     * Reads a task ahead, in the lowest lane, so that moving to it shows it at once. Tasks already
     * read or being read are skipped.
     */
    public void prefetch(long taskId) {
        if (details.containsKey(taskId) || !prefetching.add(taskId)) {
            return;
        }
        runner.run("prefetch " + taskId, () -> gateway.task(taskId, Priority.PREFETCH), task -> {
            prefetching.remove(taskId);
            details.put(taskId, task);
            onTaskRead.accept(task);
            if (isSelected(taskId) && detail.get() == null) {
                loading.set(false);
                setDetail(task);
            }
        }, failure -> prefetching.remove(taskId));
    }

    /** True when the shown task can be edited now (New, sent by Reply, and not on its way). */
    public BooleanBinding editableProperty() {
        return editable;
    }

    /** The shown task's target as a link to open: the LinkedIn profile, mailto: or tel:. */
    public Optional<String> targetLink() {
        TaskDetail task = detail.get();
        if (task == null) {
            return Optional.empty();
        }
        return task.target().addressFor(task.type()).map(address -> switch (task.type()) {
            case MANUAL_EMAIL -> "mailto:" + address;
            case SMS, CALL, WHATSAPP -> "tel:" + address.replaceAll("[^+0-9]", "");
            default -> address;
        });
    }

    /** The message as the prospect reads it, as plain text (for copying into LinkedIn or WhatsApp). */
    public String plainMessage() {
        String text = HtmlText.toPlainText(body.get());
        return subject.get().isBlank() ? text : subject.get() + "\n\n" + text;
    }

    /** Sends and completes then go through the queue (undo window, bounded concurrency) instead of straight out. */
    public void useQueue(SendQueue sendQueue) {
        this.queue = sendQueue;
        sendQueue.addListener(Readers.Role.PREVIEW, new SendQueue.Listener() {
            @Override
            public void countingDown(long taskId, int secondsLeft) {
                refreshBusy();
            }

            @Override
            public void waiting(long taskId) {
                refreshBusy();
            }

            @Override
            public void withdrawn(long taskId) {
                refreshBusy();
            }

            @Override
            public void progress(SendQueue.Progress progress) {
            }
        });
    }

    /** Called after the rep sent or completed the shown task (run-through: the window moves to the next). */
    public void setOnActed(Runnable listener) {
        this.onActed = listener;
    }

    /** Called with the id of a task Reply no longer has (deleted elsewhere). */
    public void setOnTaskGone(LongConsumer listener) {
        this.onTaskGone = listener;
    }

    /** Called with every task whose details were read or changed (e.g. to refresh its row). */
    /** Told the contact's time zone of a task, once it is known (the list shows their time then). */
    public void setOnContactZone(BiConsumer<Long, ZoneId> listener) {
        this.onContactZone = listener;
    }

    public void setOnTaskRead(Consumer<TaskDetail> listener) {
        this.onTaskRead = listener;
    }

    public boolean hasDraft(long taskId) {
        return drafts.has(taskId);
    }

    /** The rep's unsent edits by task id, for marking rows; read-only. */
    public ObservableMap<Long, Draft> drafts() {
        return drafts.view();
    }

    // ---- Commands ---------------------------------------------------------------------------

    /**
     * Reads the rep's email accounts; the one Reply would send from is preselected. A failed read
     * never blocks a send (see {@link Senders}).
     */
    public void loadAccounts() {
        senders.load(() -> {
            if (detail.get() != null) {
                fill(detail.get());
            }
        });
    }

    /** Lets failed account reads be tried again on this scheduler. */
    public void retryAccountsWith(Delays delays) {
        senders.retryWith(delays);
    }

    /** What the From row says instead of a picker: the sequence decides, or Reply's default is used; "" for the picker. */
    public ReadOnlyStringProperty senderNoteProperty() {
        return senderNote;
    }

    /** Shows a task (null clears the pane); its details come from the cache or the server. */
    public void show(TaskSummary summary) {
        selected.set(summary);
        editing.set(false);
        loadError.set("");
        callOutcome.set(null);
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
        runner.run("task " + id, () -> gateway.task(id), task -> {
            details.put(id, task);
            sender.observed(task);
            onTaskRead.accept(task);
            if (isSelected(id)) {
                loading.set(false);
                setDetail(task);
            }
        }, failure -> {
            if (failure instanceof GatewayException gone && gone.taskGone()) {
                onTaskGone.accept(id);
            }
            if (isSelected(id)) {
                loading.set(false);
                loadError.set("Could not show this task. " + GatewayException.userMessageOf(failure));
            }
        });
    }

    /** The main action: sends emails and SMS, completes every other type. */
    public boolean sendOrComplete() {
        TaskDetail task = detail.get();
        if (task == null || !blockedReason.get().isEmpty()) {
            return false;
        }
        boolean accepted;
        if (queue != null) {
            accepted = task.type().isExecutable() ? queue.send(task.id(), request(task))
                    : queue.complete(task.id(), outcomeFor(task));
        } else {
            accepted = task.type().isExecutable() ? sender.send(task.id(), request(task))
                    : sender.complete(task.id(), outcomeFor(task));
        }
        if (accepted) {
            editing.set(false);
            onActed.run();
        }
        return accepted;
    }

    private CallOutcome outcomeFor(TaskDetail task) {
        return task.type() == TaskType.CALL ? callOutcome.get() : null;
    }

    /** Throws away the rep's edit of the shown task and shows the server's text again. */
    public void resetToTemplate() {
        TaskDetail task = detail.get();
        if (task != null) {
            drafts.forget(task.id());
            editing.set(false);
            fill(task);
        }
    }

    // ---- Send results -----------------------------------------------------------------------

    @Override
    public void started(long taskId) {
        refreshBusy();
    }

    @Override
    public void succeeded(TaskDetail task) {
        // The server confirmed: only now may the rep's edit go.
        drafts.forget(task.id());
        details.put(task.id(), task);
        if (isSelected(task.id())) {
            editing.set(false);
            setDetail(task);
        }
        refreshBusy();
    }

    @Override
    public void failed(long taskId, GatewayException failure) {
        // The draft stays, whatever happened, so the rep's words are never lost.
        if (isSelected(taskId) && failure.certainlyNotProcessed()) {
            complaints.show(failure);
        }
        refreshBusy();
    }

    @Override
    public void reconciled(TaskDetail task, boolean wentOut) {
        details.put(task.id(), task);
        if (wentOut) {
            drafts.forget(task.id());
        }
        if (isSelected(task.id())) {
            setDetail(task);
        }
    }

    @Override
    public void reread(TaskDetail task) {
        // The truth after a refusal; the rep's draft stays either way (their words are never dropped).
        details.put(task.id(), task);
        if (isSelected(task.id()) && task.status() != TaskStatus.NEW) {
            setDetail(task);
        }
    }

    @Override
    public void gone(long taskId) {
        // The list hears of it from the send report; here only the stale copy goes.
        details.remove(taskId);
    }

    @Override
    public void unresolved(long taskId, GatewayException failure) {
        // A later read of the task (selecting it again) settles it; until then Send stays blocked.
        details.remove(taskId);
        refreshBusy();
    }

    // ---- Internals --------------------------------------------------------------------------

    private SendRequest request(TaskDetail task) {
        return senders.requestFor(task, drafts.of(task.id()));
    }

    /**
     * Reads every task of a bulk run (from the cache where it can) and sorts them into what can go,
     * what is blocked and why, and what is done by hand; then hands the plan over on the FX thread.
     */
    public void preflight(List<Long> taskIds, Consumer<BulkPlan> ready) {
        preflight.run(taskIds, onTaskRead, ready);
    }

    private void setDetail(TaskDetail task) {
        detail.set(task);
        fill(task);
        refreshBusy();
        showLocalTime(task);
    }

    /** Shows the prospect's local time once their zone is known, and tells the list. */
    private void showLocalTime(TaskDetail task) {
        localTime.set("");
        if (task == null || task.contactId() == null) {
            return;
        }
        long contactId = task.contactId();
        contactZones.lookUp(contactId, known -> {
            TaskDetail shown = detail.get();
            if (shown == null || !Long.valueOf(contactId).equals(shown.contactId())) {
                return;   // the rep has moved on
            }
            if (shown.type() == TaskType.WHATSAPP && shown.target().phoneNumber() == null && !known.phone().isEmpty()) {
                TaskDetail withPhone = withPhone(shown, known.phone());
                details.put(shown.id(), withPhone);
                detail.set(withPhone);
            }
            if (known.zone() == null) {
                return;
            }
            ZonedDateTime there = ZonedDateTime.now(clock.withZone(known.zone()));
            localTime.set(there.format(DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH)) + " (" + known.name() + ")");
            onContactZone.accept(shown.id(), known.zone());
        });
    }

    private static TaskDetail withPhone(TaskDetail task, String phone) {
        DeliveryTarget target = new DeliveryTarget(task.target().email(), phone, task.target().linkedInUrl());
        return new TaskDetail(task.id(), task.type(), task.status(), task.linkedInAction(), task.contactId(),
                task.sequenceId(), task.stepName(), task.startAt(), task.dueTo(), task.finishedAt(), task.failed(),
                task.scheduled(), task.template(), task.content(), target);
    }

    private void fill(TaskDetail task) {
        filling = true;
        try {
            Draft draft = task == null ? null : drafts.of(task.id());
            MessageContent message = task == null ? MessageContent.EMPTY : task.message();
            subject.set(draft != null ? draft.subject() : message.subject());
            body.set(draft != null ? draft.body() : message.body());
            // A sequence decides its own sender: naming one of the rep's accounts there would mislead.
            account.set(task != null && Senders.pickable(task) ? senders.forDraft(draft).shown() : null);
        } finally {
            filling = false;
        }
    }

    private void edited() {
        TaskDetail task = detail.get();
        if (filling || task == null || task.status() != TaskStatus.NEW) {
            return;
        }
        complaints.clear();
        Long accountId = account.get() == null || account.get().isDefault() ? null : account.get().id();
        Draft draft = new Draft(task.id(), subject.get(), body.get(), accountId);
        boolean unchanged = draft.subject().equals(task.message().subject())
                && draft.body().equals(task.message().body()) && accountId == null;
        if (unchanged) {
            drafts.forget(task.id());
        } else {
            drafts.keep(draft);
        }
    }

    private void refreshBusy() {
        TaskDetail task = detail.get();
        busy.set(task != null && readiness.busy(task.id()));
        // A new value only when it changed would leave the reason stale; the reason reads the queue too.
        blockedReason.invalidate();
    }

    private boolean isSelected(long taskId) {
        return selected.get() != null && selected.get().id() == taskId;
    }

}

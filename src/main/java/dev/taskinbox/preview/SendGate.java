package dev.taskinbox.preview;

import dev.taskinbox.task.SenderChoice;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Whether the shown task's main action may run now, and what the pane says about it: why not,
 * what to warn about, whether the message can be edited and the sender picked. Reads the send
 * queue and service, which are not observable, so every send event refreshes it
 * ({@link #refresh()}). Lives on the FX thread.
 */
public final class SendGate {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private final ReadOnlyObjectProperty<TaskDetail> detail;
    private final Readiness readiness;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty senderNote = new SimpleStringProperty("");
    private final BooleanBinding accountPickable;
    private final StringBinding blockedReason;
    private final StringBinding warning;
    private final BooleanBinding editable;
    private final ContactGuard guard;
    /** What the guard says about the shown task's prospect. */
    private final ObjectProperty<ContactGuard.Verdict> contact = new SimpleObjectProperty<>(ContactGuard.Verdict.CLEAR);
    /** Tasks the rep chose to send although the prospect replied or bounced (one deliberate key each). */
    private final Set<Long> sendAnyway = new HashSet<>();
    private final BooleanBinding anywayOffered;
    /** When the shown task was read, while it is shown from its copy because Reply cannot be reached; else null. */
    private final ObjectProperty<Instant> copyReadAt = new SimpleObjectProperty<>();

    SendGate(ReadOnlyObjectProperty<TaskDetail> detail, ReadOnlyBooleanProperty loading, Editor editor, Senders senders,
             Readiness readiness, ContactGuard guard, ReadOnlyStringProperty hoursNote) {
        this.detail = detail;
        this.readiness = readiness;
        this.guard = guard;
        accountPickable = Bindings.createBooleanBinding(() -> detail.get() != null
                && detail.get().type() == TaskType.MANUAL_EMAIL && !detail.get().fromSequence(), detail);
        blockedReason = Bindings.createStringBinding(() -> copyReadAt.get() != null ? copyReason(copyReadAt.get())
                        : readiness.blockedReason(detail.get(), loading.get(), editor.message(), editor.accountProperty().get(),
                        contact.get(), allowedAnyway()), detail, busy, loading, editor.accountProperty(), editor.subjectProperty(),
                editor.bodyProperty(), senders.knownProperty(), contact, copyReadAt);
        senderNote.bind(Bindings.createStringBinding(() -> detail.get() == null || detail.get().type() != TaskType.MANUAL_EMAIL
                ? "" : detail.get().fromSequence() ? "Sender set by the sequence"
                : senders.knownProperty().get() ? "" : SenderChoice.DEFAULT_UNREAD + " (your accounts could not be read)",
                detail, senders.knownProperty()));
        warning = Bindings.createStringBinding(() -> {
            String first = readiness.warning(detail.get(), editor.message(), editor.accountProperty().get(), contact.get());
            return first.isEmpty() && detail.get() != null && detail.get().status() == TaskStatus.NEW ? hoursNote.get() : first;
        }, detail, editor.subjectProperty(), editor.bodyProperty(), contact, hoursNote);
        anywayOffered = Bindings.createBooleanBinding(() -> contact.get().kind() == ContactGuard.Verdict.Kind.CAUTION
                && detail.get() != null && detail.get().type().isExecutable() && !allowedAnyway(), contact, detail, busy);
        editable = Bindings.createBooleanBinding(() -> detail.get() != null && detail.get().type().isExecutable()
                && detail.get().status() == TaskStatus.NEW && !busy.get(), detail, busy);
    }

    /** Why the main action (Send or Complete) cannot run now; empty when it can. */
    public StringBinding blockedReasonProperty() {
        return blockedReason;
    }

    /** Something the rep should know before sending that does not stop it (a long SMS); empty otherwise. */
    public StringBinding warningProperty() {
        return warning;
    }

    /** True when the shown task can be edited now (New, sent by Reply, and not on its way). */
    public BooleanBinding editableProperty() {
        return editable;
    }

    /** The sender can be chosen only for manual emails outside a sequence (the sequence decides otherwise). */
    public BooleanBinding accountPickableProperty() {
        return accountPickable;
    }

    /** What the From row says instead of a picker: the sequence decides, or Reply's default is used; "" for the picker. */
    public ReadOnlyStringProperty senderNoteProperty() {
        return senderNote;
    }

    /** True while the prospect replied or bounced and the rep has not yet chosen to send anyway. */
    public BooleanBinding sendAnywayOfferedProperty() {
        return anywayOffered;
    }

    /** The verdict about the shown task's prospect (opted out, replied, unknown…). */
    public ReadOnlyObjectProperty<ContactGuard.Verdict> contactProperty() {
        return contact;
    }

    /** Read at this moment when Reply last answered, while the shown task is its copy; null when it is fresh. */
    public ReadOnlyObjectProperty<Instant> copyReadAtProperty() {
        return copyReadAt;
    }

    /** The shown task is its copy from {@code readAt}: nothing acts on it until it is read afresh. */
    void showingCopy(Instant readAt) {
        copyReadAt.set(readAt);
    }

    private static String copyReason(Instant readAt) {
        ZonedDateTime at = readAt.atZone(ZoneId.systemDefault());
        String when = at.toLocalDate().equals(LocalDate.now(ZoneId.systemDefault())) ? TIME.format(at) : DAY.format(at);
        return "Reply cannot be reached: this is the task as read at " + when + ". Your edits are kept; "
                + "Send waits until Reply answers (F5 tries again).";
    }

    /** A task is shown: ask the guard about its prospect (checking until it answers). */
    void look(TaskDetail task) {
        copyReadAt.set(null);
        if (task == null || task.contactId() == null) {
            contact.set(ContactGuard.Verdict.CLEAR);
            return;
        }
        long contactId = task.contactId();
        contact.set(guard.known(contactId).orElse(ContactGuard.Verdict.CHECKING));
        guard.check(contactId, verdict -> {
            TaskDetail shown = detail.get();
            if (shown != null && Long.valueOf(contactId).equals(shown.contactId())) {
                contact.set(verdict);
            }
        });
    }

    /** A task read ahead: its prospect is checked too, so that moving to it and pressing Send waits for nothing. */
    void lookAhead(TaskDetail task) {
        if (task.contactId() != null && task.type().isExecutable() && guard.known(task.contactId()).isEmpty()) {
            guard.check(task.contactId(), verdict -> { });
        }
    }

    /** The rep pressed "send anyway" on this task: a reply or a bounce no longer stops it (opting out still does). */
    void allowAnyway(long taskId) {
        sendAnyway.add(taskId);
        refresh();
        anywayOffered.invalidate();
    }

    private boolean allowedAnyway() {
        TaskDetail task = detail.get();
        return task != null && sendAnyway.contains(task.id());
    }

    /** A send event or a new task: read the queue and the service again. */
    void refresh() {
        TaskDetail task = detail.get();
        busy.set(task != null && readiness.busy(task.id()));
        // A new value only when it changed would leave the reason stale; the reason reads the queue too.
        blockedReason.invalidate();
    }
}

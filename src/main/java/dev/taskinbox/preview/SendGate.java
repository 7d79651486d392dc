package dev.taskinbox.preview;

import dev.taskinbox.task.SenderChoice;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
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
    private final ReadOnlyObjectProperty<TaskDetail> detail;
    private final Readiness readiness;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty senderNote = new SimpleStringProperty("");
    private final BooleanBinding accountPickable;
    private final StringBinding blockedReason;
    private final StringBinding warning;
    private final BooleanBinding editable;

    SendGate(ReadOnlyObjectProperty<TaskDetail> detail, ReadOnlyBooleanProperty loading, Editor editor, Senders senders,
             Readiness readiness) {
        this.detail = detail;
        this.readiness = readiness;
        accountPickable = Bindings.createBooleanBinding(() -> detail.get() != null
                && detail.get().type() == TaskType.MANUAL_EMAIL && !detail.get().fromSequence(), detail);
        blockedReason = Bindings.createStringBinding(() -> readiness.blockedReason(detail.get(), loading.get(),
                        editor.message(), editor.accountProperty().get()), detail, busy, loading, editor.accountProperty(),
                editor.subjectProperty(), editor.bodyProperty(), senders.knownProperty());
        senderNote.bind(Bindings.createStringBinding(() -> detail.get() == null || detail.get().type() != TaskType.MANUAL_EMAIL
                ? "" : detail.get().fromSequence() ? "Sender set by the sequence"
                : senders.knownProperty().get() ? "" : SenderChoice.DEFAULT_UNREAD + " (your accounts could not be read)",
                detail, senders.knownProperty()));
        warning = Bindings.createStringBinding(() -> readiness.warning(detail.get(), editor.message(),
                editor.accountProperty().get()), detail, editor.subjectProperty(), editor.bodyProperty());
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

    /** A send event or a new task: read the queue and the service again. */
    void refresh() {
        TaskDetail task = detail.get();
        busy.set(task != null && readiness.busy(task.id()));
        // A new value only when it changed would leave the reason stale; the reason reads the queue too.
        blockedReason.invalidate();
    }
}

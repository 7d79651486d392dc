package dev.taskinbox.preview;

import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields the rep edits (subject, body, sender) and the draft they make: filled from the task
 * or its draft, and every change by the rep kept as a draft at once. Lives on the FX thread.
 */
public final class Editor {
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<EmailAccount> account = new SimpleObjectProperty<>();
    private final ObjectProperty<CallOutcome> callOutcome = new SimpleObjectProperty<>();
    private final Drafts drafts;
    private final Senders senders;
    private final Supplier<TaskDetail> shown;
    /** True while the fields are being filled from a task, so that filling is not taken for an edit. */
    private boolean filling;
    private Runnable onEdited = () -> { };

    Editor(Drafts drafts, Senders senders, Supplier<TaskDetail> shown) {
        this.drafts = drafts;
        this.senders = senders;
        this.shown = shown;
        subject.addListener((obs, old, now) -> edited());
        body.addListener((obs, old, now) -> edited());
        account.addListener((obs, old, now) -> edited());
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** The sender picked; null where the sequence decides. */
    public ObjectProperty<EmailAccount> accountProperty() {
        return account;
    }

    /** For a call: how it went, sent with the completion (none chosen: no outcome is sent). Not kept as a draft. */
    public ObjectProperty<CallOutcome> callOutcomeProperty() {
        return callOutcome;
    }

    /** The message as the fields show it now. */
    MessageContent message() {
        return new MessageContent(subject.get(), body.get());
    }

    /** The message as the prospect reads it, as plain text (for pasting into LinkedIn or WhatsApp). */
    public String plainText() {
        return TaskLinks.plainText(subject.get(), body.get());
    }

    /** Told after each edit by the rep (not after filling). */
    void setOnEdited(Runnable listener) {
        this.onEdited = listener;
    }

    /** Shows the task's draft, or its own message when there is none (null empties the fields). */
    void fill(TaskDetail task) {
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

    /** Throws the task's draft away and shows its own message again. */
    void reset(TaskDetail task) {
        drafts.forget(task.id());
        fill(task);
    }

    private void edited() {
        TaskDetail task = shown.get();
        if (filling || task == null || task.status() != TaskStatus.NEW) {
            return;
        }
        Long accountId = account.get() == null || account.get().isDefault() ? null : account.get().id();
        Draft draft = new Draft(task.id(), subject.get(), body.get(), accountId);
        boolean unchanged = draft.subject().equals(task.message().subject())
                && draft.body().equals(task.message().body()) && accountId == null;
        if (unchanged) {
            drafts.forget(task.id());
        } else {
            drafts.keep(draft);
        }
        onEdited.run();
    }
}

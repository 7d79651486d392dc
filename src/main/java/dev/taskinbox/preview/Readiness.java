package dev.taskinbox.preview;

import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendChecks;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import java.util.List;
import java.util.function.Supplier;

/** Whether the shown task may go now, and if not why, in the rep's words; and what to warn about. */
final class Readiness {
    private final SendService sender;
    private final Supplier<SendQueue> queue;
    private final Senders senders;
    private final Drafts drafts;

    Readiness(SendService sender, Supplier<SendQueue> queue, Senders senders, Drafts drafts) {
        this.sender = sender;
        this.queue = queue;
        this.senders = senders;
        this.drafts = drafts;
    }

    /** Why Send is not offered, or "" when it is. {@code message} is the text as shown, {@code picked} the picker's account. */
    String blockedReason(TaskDetail task, boolean loading, MessageContent message, EmailAccount picked,
                         ContactGuard.Verdict contact, boolean sendAnyway) {
        if (loading || task == null) {
            return "Loading the task…";
        }
        if (task.status() == TaskStatus.FINISHED) {
            return task.type().isExecutable() ? "Sent. Nothing left to do here." : "Done. Nothing left to do here.";
        }
        if (task.status() != TaskStatus.NEW) {
            return "This task is " + task.status().inSentence() + "; there is nothing to send.";
        }
        if (sender.isInFlight(task.id())) {
            return "Sending…";
        }
        if (isQueued(task.id())) {
            return "Queued to send; Ctrl+Z takes it back.";
        }
        if (sender.isOutcomeUnknown(task.id())) {
            return "It is not known whether the last send went out; select the task again to check.";
        }
        if (!task.type().isExecutable()) {
            return "";
        }
        String guarded = guarded(contact, sendAnyway);
        if (!guarded.isEmpty()) {
            return guarded;
        }
        return checks(task, message, picked).stream().filter(SendChecks.Problem::blocking).map(SendChecks.Problem::text)
                .findFirst().orElse("");
    }

    /** What may go but deserves a word (a long SMS), or "". */
    String warning(TaskDetail task, MessageContent message, EmailAccount picked, ContactGuard.Verdict contact) {
        if (task == null || task.status() != TaskStatus.NEW) {
            return "";
        }
        // Unknown is said aloud, never taken for fine; on a task done by hand every word is only a warning.
        if (contact.kind() == ContactGuard.Verdict.Kind.UNKNOWN
                || !task.type().isExecutable() && contact.kind() != ContactGuard.Verdict.Kind.CHECKING) {
            return contact.text();
        }
        if (!task.type().isExecutable()) {
            return "";
        }
        return checks(task, message, picked).stream().filter(problem -> !problem.blocking()).map(SendChecks.Problem::text)
                .findFirst().orElse("");
    }

    /** What the contact guard stops: opted out always, replied or bounced unless the rep said "send anyway". */
    static String guarded(ContactGuard.Verdict contact, boolean sendAnyway) {
        return switch (contact.kind()) {
            case REFUSED -> "Not sent: " + contact.text();
            case CHECKING -> contact.text();
            case CAUTION -> sendAnyway ? "" : contact.text() + " Ctrl+Shift+Enter sends it anyway.";
            case CLEAR, UNKNOWN -> "";
        };
    }

    /** Sending or waiting in the queue: the task's buttons wait. */
    boolean busy(long taskId) {
        return !sender.canSubmit(taskId) || isQueued(taskId);
    }

    private boolean isQueued(long taskId) {
        SendQueue waiting = queue.get();
        return waiting != null && waiting.isQueued(taskId);
    }

    private List<SendChecks.Problem> checks(TaskDetail task, MessageContent message, EmailAccount picked) {
        String senderProblem = null;
        if (Senders.pickable(task)) {
            Draft draft = drafts.of(task.id());
            Long choice = picked != null ? Long.valueOf(picked.id()) : draft == null ? null : draft.emailAccountId();
            senderProblem = senders.choose(choice).problem();
        }
        return SendChecks.check(task, message, senderProblem);
    }
}

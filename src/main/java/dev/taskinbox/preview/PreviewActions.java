package dev.taskinbox.preview;

import dev.taskinbox.send.SendQueue;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.Completion;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the rep does to the shown task: send it, send it anyway, or mark it done. Each goes
 * through the send queue (undo window) and only when the gate allows it. Lives on the FX thread.
 */
final class PreviewActions {
    private final ReadOnlyObjectProperty<TaskDetail> detail;
    private final SendGate gate;
    private final SendQueue queue;
    private final Senders senders;
    private final Drafts drafts;
    private final Editor editor;
    private final BooleanProperty editing;
    private Runnable onActed = () -> { };

    PreviewActions(ReadOnlyObjectProperty<TaskDetail> detail, SendGate gate, SendQueue queue, Senders senders, Drafts drafts,
                   Editor editor, BooleanProperty editing) {
        this.detail = detail;
        this.gate = gate;
        this.queue = queue;
        this.senders = senders;
        this.drafts = drafts;
        this.editor = editor;
        this.editing = editing;
    }

    void setOnActed(Runnable listener) {
        this.onActed = listener;
    }

    boolean sendOrComplete() {
        TaskDetail task = detail.get();
        if (task == null || !gate.blockedReasonProperty().get().isEmpty()) {
            return false;
        }
        boolean accepted = task.type().isExecutable() ? queue.send(task.id(), senders.requestFor(task, drafts.of(task.id())))
                : queue.complete(task.id(), Completion.of(outcomeFor(task)));
        return acted(accepted);
    }

    boolean sendAnyway() {
        TaskDetail task = detail.get();
        if (task == null || !gate.sendAnywayOfferedProperty().get()) {
            return false;
        }
        gate.allowAnyway(task.id());
        return sendOrComplete();
    }

    boolean completeAndFinish() {
        TaskDetail task = detail.get();
        // The queue refuses a task already on its way; the message's checks do not matter, nothing is
        // sent. A copy read earlier is not the task now: it waits for a fresh read like Send.
        boolean accepted = task != null && task.status() == TaskStatus.NEW && gate.copyReadAtProperty().get() == null
                && queue.complete(task.id(), new Completion(outcomeFor(task), true));
        return acted(accepted);
    }

    private boolean acted(boolean accepted) {
        if (accepted) {
            editing.set(false);
            onActed.run();
        }
        return accepted;
    }

    private CallOutcome outcomeFor(TaskDetail task) {
        return task.type() == TaskType.CALL ? editor.callOutcomeProperty().get() : null;
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;

/**
 * What the preview does with each send event, in its turn on the send route (after the queue and
 * the list): keeps the detail cache true, lets a draft go only on a confirmed send, shows why a
 * send was refused, and opens or closes the task's buttons. Lives on the FX thread.
 */
final class PreviewOutcomes implements SendService.Listener, SendQueue.Listener {

    /** The pane as the outcomes see it. */
    interface Pane {
        boolean shows(long taskId);

        /** Shows the task as Reply has it now; {@code doneEditing} also closes the editor. */
        void showFresh(TaskDetail task, boolean doneEditing);

        /** Send or complete may have opened or closed: the buttons and the blocked reason read again. */
        void refreshBusy();
    }

    private final TaskDetails details;
    private final Drafts drafts;
    private final ServerComplaints complaints;
    private final Pane pane;

    PreviewOutcomes(TaskDetails details, Drafts drafts, ServerComplaints complaints, Pane pane) {
        this.details = details;
        this.drafts = drafts;
        this.complaints = complaints;
        this.pane = pane;
    }

    @Override
    public void started(long taskId) {
        pane.refreshBusy();
    }

    @Override
    public void succeeded(TaskDetail task) {
        // The server confirmed: only now may the rep's edit go.
        drafts.forget(task.id());
        details.put(task);
        if (pane.shows(task.id())) {
            pane.showFresh(task, true);
        }
        pane.refreshBusy();
    }

    @Override
    public void failed(long taskId, GatewayException failure) {
        // The draft stays, whatever happened, so the rep's words are never lost.
        if (pane.shows(taskId) && failure.certainlyNotProcessed()) {
            complaints.show(failure);
        }
        pane.refreshBusy();
    }

    @Override
    public void reconciled(TaskDetail task, boolean wentOut) {
        details.put(task);
        if (wentOut) {
            drafts.forget(task.id());
        }
        if (pane.shows(task.id())) {
            pane.showFresh(task, false);
        }
    }

    @Override
    public void reread(TaskDetail task) {
        // The truth after a refusal; the rep's draft stays either way (their words are never dropped).
        details.put(task);
        if (pane.shows(task.id()) && task.status() != TaskStatus.NEW) {
            pane.showFresh(task, false);
        }
    }

    @Override
    public void gone(long taskId) {
        // The list hears of it from the send report; here only the stale copy goes.
        details.forget(taskId);
    }

    @Override
    public void unresolved(long taskId, GatewayException failure) {
        // A later read of the task (selecting it again) settles it; until then Send stays blocked.
        details.forget(taskId);
        pane.refreshBusy();
    }

    // ---- The queue's own events: the task's buttons wait while it counts down or waits -----------

    @Override
    public void countingDown(long taskId, int secondsLeft) {
        pane.refreshBusy();
    }

    @Override
    public void waiting(long taskId) {
        pane.refreshBusy();
    }

    @Override
    public void withdrawn(long taskId) {
        pane.refreshBusy();
    }

    @Override
    public void progress(SendQueue.Progress progress) {
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import java.util.function.BiConsumer;
import java.util.function.LongPredicate;

/**
 * What the preview does with each send event, in its turn on the send route (after the queue and
 * the list): keeps the detail cache true, lets a draft go only on a confirmed send, shows why a
 * send was refused, and opens or closes the task's buttons. Lives on the FX thread.
 */
final class PreviewOutcomes implements SendService.Listener, SendQueue.Listener {

    private final TaskDetails details;
    private final Drafts drafts;
    private final ServerComplaints complaints;
    private final LongPredicate shows;
    private final BiConsumer<TaskDetail, Boolean> showFresh;
    private final Runnable refreshBusy;

    /**
     * @param shows       whether the pane shows this task now
     * @param showFresh   shows the task as Reply has it now; true also closes the editor
     * @param refreshBusy Send or complete may have opened or closed: the buttons read again
     */
    PreviewOutcomes(TaskDetails details, Drafts drafts, ServerComplaints complaints, LongPredicate shows,
                    BiConsumer<TaskDetail, Boolean> showFresh, Runnable refreshBusy) {
        this.details = details;
        this.drafts = drafts;
        this.complaints = complaints;
        this.shows = shows;
        this.showFresh = showFresh;
        this.refreshBusy = refreshBusy;
    }

    @Override
    public void started(long taskId) {
        refreshBusy.run();
    }

    @Override
    public void succeeded(TaskDetail task) {
        // The server confirmed: only now may the rep's edit go.
        drafts.forget(task.id());
        details.put(task);
        if (shows.test(task.id())) {
            showFresh.accept(task, true);
        }
        refreshBusy.run();
    }

    @Override
    public void failed(long taskId, GatewayException failure) {
        // The draft stays, whatever happened, so the rep's words are never lost.
        if (shows.test(taskId) && failure.certainlyNotProcessed()) {
            complaints.show(failure);
        }
        refreshBusy.run();
    }

    @Override
    public void reconciled(TaskDetail task, boolean wentOut) {
        details.put(task);
        if (wentOut) {
            drafts.forget(task.id());
        }
        if (shows.test(task.id())) {
            showFresh.accept(task, false);
        }
    }

    @Override
    public void reread(TaskDetail task) {
        // The truth after a refusal; the rep's draft stays either way (their words are never dropped).
        details.put(task);
        if (shows.test(task.id()) && task.status() != TaskStatus.NEW) {
            showFresh.accept(task, false);
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
        refreshBusy.run();
    }

    // ---- The queue's own events: the task's buttons wait while it counts down or waits -----------

    @Override
    public void countingDown(long taskId, int secondsLeft) {
        refreshBusy.run();
    }

    @Override
    public void waiting(long taskId) {
        refreshBusy.run();
    }

    @Override
    public void withdrawn(long taskId) {
        refreshBusy.run();
    }

    @Override
    public void progress(SendQueue.Progress progress) {
    }
}

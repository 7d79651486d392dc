package dev.taskinbox.send;

import dev.taskinbox.common.fx.Delays;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.SendJournal;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskStatus;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * After a send with no clear answer, or a refusal: finds out from Reply what became of the task,
 * on evidence, and never sends anything itself. Holds which tasks are blocked meanwhile.
 * Part of {@link SendService}; lives on the FX thread.
 */
final class Reconciler {
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final SendJournal journal;
    private final Readers<SendService.Listener> readers;
    private final Set<Long> outcomeUnknown = new HashSet<>();
    /** Tasks whose reconciliation is under way, so a second read does not start a second one. */
    private final Set<Long> reconciling = new HashSet<>();
    private Delays delays = (delay, action) -> {
        action.run();
        return () -> { };
    };
    private Duration confirmGap = Duration.ZERO;

    Reconciler(TaskGateway gateway, TaskRunner runner, SendJournal journal, Readers<SendService.Listener> readers) {
        this.gateway = gateway;
        this.runner = runner;
        this.journal = journal;
        this.readers = readers;
    }

    /** See {@link SendService#confirmWith}. */
    void confirmWith(Delays scheduler, Duration gap) {
        this.delays = scheduler;
        this.confirmGap = gap;
    }

    boolean isUnknown(long taskId) {
        return outcomeUnknown.contains(taskId);
    }

    /** It may have gone out: blocked until Reply says what happened. */
    void markUnknown(long taskId) {
        outcomeUnknown.add(taskId);
    }

    /**
     * A fresh read of a task whose send had no clear answer: one that shows it finished settles it;
     * one that shows it New starts (or joins) the two-read check, never clears it on its own.
     */
    void observed(TaskDetail fresh) {
        long taskId = fresh.id();
        if (!outcomeUnknown.contains(taskId)) {
            return;
        }
        if (wentOut(fresh)) {
            settle(fresh, true);
        } else if (!reconciling.contains(taskId)) {
            reconcile(taskId);
        }
    }

    /** Finished, or at least no longer unfinished: the message went (or Reply has it in hand). */
    private static boolean wentOut(TaskDetail task) {
        return task.status() != TaskStatus.NEW || task.finishedAt() != null;
    }

    private void settle(TaskDetail task, boolean wentOut) {
        long taskId = task.id();
        outcomeUnknown.remove(taskId);
        reconciling.remove(taskId);
        runner.run("settle journal " + taskId, () -> {
            journal.end(taskId);
            return taskId;
        }, done -> { }, failure -> { });
        readers.tell(listener -> listener.reconciled(task, wentOut));
    }

    /**
     * Reply refused: nothing was sent, but the refusal may be because the task is already done
     * elsewhere, or gone. The task as Reply has it now tells the rep which.
     */
    void reread(long taskId, GatewayException refusal) {
        if (refusal.taskGone()) {
            readers.tell(listener -> listener.gone(taskId));
            return;
        }
        runner.run("re-read " + taskId, () -> gateway.task(taskId, Priority.SEND),
                task -> readers.tell(listener -> listener.reread(task)),
                failure -> {
                    if (failure instanceof GatewayException missing && missing.taskGone()) {
                        readers.tell(listener -> listener.gone(taskId));
                    }
                });
    }

    /**
     * Asks Reply what became of a task whose send had no clear answer; never sends anything itself.
     * A read that shows it finished settles it as sent. A read that shows it New, unfinished and not
     * scheduled is confirmed by a second read after {@link #confirmWith a pause}; only then may the
     * rep send it again. New but scheduled stays unknown: Reply may yet send it by itself.
     */
    void reconcile(long taskId) {
        reconciling.add(taskId);
        check(taskId, false);
    }

    private void check(long taskId, boolean secondLook) {
        runner.run("check " + taskId, () -> gateway.task(taskId, Priority.SEND), task -> {
            if (!outcomeUnknown.contains(taskId)) {
                reconciling.remove(taskId);
                return;   // settled meanwhile by another read
            }
            if (wentOut(task)) {
                settle(task, true);
            } else if (task.scheduled()) {
                reconciling.remove(taskId);
                readers.tell(listener -> listener.unresolved(taskId, new GatewayException(
                        GatewayException.Kind.UNKNOWN_OUTCOME, "Reply still has it to do and will send it by itself"
                        + " at its time, so the app will not offer to send it again.")));
            } else if (secondLook) {
                settle(task, false);
            } else {
                delays.after(confirmGap, () -> check(taskId, true));
            }
        }, failure -> {
            reconciling.remove(taskId);
            readers.tell(listener -> listener.unresolved(taskId, classify(failure)));
        });
    }

    private static GatewayException classify(Throwable failure) {
        return SendService.classify(failure);
    }
}

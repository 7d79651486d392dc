package dev.taskinbox.backlog;

import dev.taskinbox.common.fx.Job;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskGateway;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Carries out a {@link SpreadPlan}: one update per task (Reply replaces the whole task, so each is
 * read and put back) through the budget, one after another; the status line counts, {@link #stop()}
 * lets the one under way finish and starts no more; at the end every failure is listed. FX thread.
 */
public final class BacklogMoves {
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final InboxViewModel inbox;
    private final Deque<SpreadPlan.Move> waiting = new ArrayDeque<>();
    private final List<String> failed = new ArrayList<>();
    private int moved;
    private int total;
    private boolean stopped;
    private Job current;

    public BacklogMoves(TaskGateway gateway, TaskRunner runner, InboxViewModel inbox) {
        this.gateway = gateway;
        this.runner = runner;
        this.inbox = inbox;
    }

    public boolean isRunning() {
        return current != null;
    }

    /** Starts moving; false (nothing started) while another run is under way. */
    public boolean start(SpreadPlan.Plan plan) {
        if (isRunning() || plan.moves().isEmpty()) {
            return false;
        }
        waiting.addAll(plan.moves());
        failed.clear();
        failed.addAll(plan.leftAlone());
        moved = 0;
        stopped = false;
        total = plan.moves().size();
        plan.moves().forEach(move -> inbox.find(move.id()).ifPresent(row -> row.setActivity("To be moved")));
        next();
        return true;
    }

    /** No more moves start; the one on its way finishes and is told. True when a run was stopped. */
    public boolean stop() {
        if (!isRunning()) {
            return false;
        }
        waiting.forEach(move -> inbox.find(move.id()).ifPresent(row -> row.setActivity("")));
        waiting.clear();
        stopped = true;
        return true;
    }

    private void next() {
        SpreadPlan.Move move = waiting.pollFirst();
        if (move == null) {
            finish();
            return;
        }
        inbox.notice("Moving " + (total - waiting.size()) + " of " + total + "… Esc stops.");
        current = runner.run("move " + move.id(), () -> gateway.reschedule(move.id(), move.startAt(), move.dueTo()),
                task -> {
                    moved++;
                    inbox.find(move.id()).ifPresent(row -> inbox.replace(row, row.movedTo(task, "Moved")));
                    next();
                }, failure -> {
                    failed.add(move.who() + ": " + GatewayException.userMessageOf(failure));
                    inbox.find(move.id()).ifPresent(row -> row.setActivity("Not moved"));
                    next();
                });
    }

    private void finish() {
        current = null;
        String summary = (stopped ? "Stopped: moved " : "Moved ") + moved + " of " + total + (total == 1 ? " task" : " tasks")
                + (stopped ? "; the rest stay where they were." : ".");
        inbox.notice(summary);
        if (!failed.isEmpty()) {
            inbox.warn(summary + " Not moved: " + String.join("; ", failed) + ".");
        }
    }
}

package dev.taskinbox.inbox;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TeamUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Handing tasks to a teammate: Reply's batch reassign, 100 a call, through the budget; those that
 * went leave the list (they are no longer the rep's), those that did not stay, listed with Reply's
 * reason. Lives on the FX thread.
 */
public final class HandOver {
    private final InboxViewModel inbox;
    private final TaskGateway gateway;
    private final TaskRunner runner;

    HandOver(InboxViewModel inbox, TaskGateway gateway, TaskRunner runner) {
        this.inbox = inbox;
        this.gateway = gateway;
        this.runner = runner;
    }

    /** The teammates tasks can go to (the rep left out), or why they could not be read. */
    public void teammates(Consumer<List<TeamUser>> then, Consumer<String> failed) {
        long me = inbox.userProperty().get() == null ? -1 : inbox.userProperty().get().userId();
        runner.run("team users", gateway::teamUsers, users -> then.accept(users.stream().filter(u -> u.id() != me).toList()),
                failure -> failed.accept(GatewayException.userMessageOf(failure)));
    }

    /** Hands {@code taskIds} to {@code to}; the rows say so as it goes, and the status line when it is done. */
    public void handTo(List<Long> taskIds, TeamUser to) {
        taskIds.forEach(id -> inbox.find(id).ifPresent(row -> row.setActivity("Handing over…")));
        runner.run("hand over " + taskIds.size(), () -> gateway.reassignAll(taskIds, to.id()),
                failed -> settle(taskIds, to, failed), failure -> {
            taskIds.forEach(id -> inbox.find(id).ifPresent(row -> row.setActivity("")));
            inbox.notice("Nothing was handed over. " + GatewayException.userMessageOf(failure));
        });
    }

    private void settle(List<Long> taskIds, TeamUser to, Map<Long, String> failed) {
        int moved = 0;
        for (long id : taskIds) {
            Optional<TaskRow> row = inbox.find(id);
            if (failed.containsKey(id)) {
                row.ifPresent(shown -> shown.setActivity("Not handed over"));
            } else if (row.isPresent()) {
                inbox.rows().remove(row.get());
                moved++;
            }
        }
        inbox.notice(moved == 1 ? "Handed 1 task to " + to.name() + "." : "Handed " + moved + " tasks to " + to.name() + ".");
        if (!failed.isEmpty()) {
            StringBuilder text = new StringBuilder(failed.size() + " not handed over to " + to.name() + ":");
            failed.forEach((id, reason) -> text.append(' ').append(inbox.find(id).map(row -> row.summary().contactName())
                    .orElse("task " + id)).append(" — ").append(reason));
            inbox.warn(text.toString());
        }
    }
}

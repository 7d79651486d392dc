package dev.taskinbox.inbox;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskStatus;
import java.util.List;

/** Completes many tasks in Reply's batch call (100 a call), then says which could not be completed and why. */
final class BatchCompleter {
    private final InboxViewModel inbox;
    private final TaskGateway gateway;
    private final TaskRunner runner;

    BatchCompleter(InboxViewModel inbox, TaskGateway gateway, TaskRunner runner) {
        this.inbox = inbox;
        this.gateway = gateway;
        this.runner = runner;
    }

    void completeAll(List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        taskIds.forEach(id -> inbox.find(id).ifPresent(row -> row.setActivity("Completing…")));
        runner.run("complete " + taskIds.size(), () -> gateway.completeAll(taskIds), notDone -> {
            for (long id : taskIds) {
                inbox.find(id).ifPresent(row -> {
                    String reason = notDone.get(id);
                    row.setActivity(reason == null ? "Done" : "Not completed");
                    if (reason == null) {
                        row.setStatus(TaskStatus.FINISHED);
                        inbox.sendReport().done(row.summary().type());
                    }
                });
            }
            inbox.recount();
            int completed = taskIds.size() - notDone.size();
            StringBuilder text = new StringBuilder("Completed " + completed + " of " + taskIds.size() + ".");
            notDone.forEach((id, reason) -> inbox.find(id).ifPresent(row ->
                    text.append(" ").append(row.summary().contactName()).append(": ").append(reason)));
            inbox.say(text.toString());
        }, failure -> {
            taskIds.forEach(id -> inbox.find(id).ifPresent(row -> row.setActivity("")));
            inbox.say("Nothing was completed. " + GatewayException.userMessageOf(failure));
        });
    }
}

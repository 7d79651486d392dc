package dev.taskinbox.preview;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendChecks;
import dev.taskinbox.task.SenderChoice;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Before a bulk run: reads every task (from the cache where it can) and sorts them into what can
 * go (with the sender it goes from), what is blocked and why, and what is done by hand.
 */
public final class BulkPreflight {
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final Map<Long, TaskDetail> details;
    private final Drafts drafts;
    private final Senders senders;
    private final SendService sender;
    private final Supplier<SendQueue> queue;
    private final Consumer<TaskDetail> onRead;

    /** {@code onRead} is told of each task the pre-flight read (the list refreshes its row). */
    BulkPreflight(TaskGateway gateway, TaskRunner runner, Map<Long, TaskDetail> details, Drafts drafts, Senders senders,
                  SendService sender, Supplier<SendQueue> queue, Consumer<TaskDetail> onRead) {
        this.onRead = onRead;
        this.gateway = gateway;
        this.runner = runner;
        this.details = details;
        this.drafts = drafts;
        this.senders = senders;
        this.sender = sender;
        this.queue = queue;
    }

    /**
     * Reads every task of a bulk run that is not read yet (off the FX thread), sorts them into what
     * can go, what is blocked and why, and what is done by hand, then hands the plan over.
     */
    public void run(List<Long> taskIds, Consumer<BulkPlan> ready) {
        List<Long> missing = taskIds.stream().filter(id -> !details.containsKey(id)).toList();
        runner.run("preflight " + taskIds.size(), () -> {
            Map<Long, TaskDetail> read = new HashMap<>();
            for (long id : missing) {
                try {
                    read.put(id, gateway.task(id));
                } catch (GatewayException unreadable) {
                    read.put(id, null);
                }
            }
            return read;
        }, read -> {
            read.forEach((id, task) -> {
                if (task != null) {
                    details.put(id, task);
                    onRead.accept(task);
                }
            });
            ready.accept(plan(taskIds));
        }, failure -> ready.accept(plan(taskIds)));
    }

    private BulkPlan plan(List<Long> taskIds) {
        List<BulkPlan.Entry> entries = new ArrayList<>();
        for (long id : taskIds) {
            entries.add(entry(id, details.get(id)));
        }
        return new BulkPlan(entries);
    }

    private BulkPlan.Entry entry(long id, TaskDetail task) {
        if (task == null) {
            return BulkPlan.Entry.blocked(id, null, "Could not be read from Reply.");
        }
        if (task.status() != TaskStatus.NEW) {
            return BulkPlan.Entry.blocked(id, task, "Already " + task.status().label().toLowerCase() + ".");
        }
        if (!task.type().isExecutable()) {
            return BulkPlan.Entry.manual(task);
        }
        Draft draft = drafts.of(id);
        MessageContent message = draft == null ? task.message() : new MessageContent(draft.subject(), draft.body());
        SenderChoice from = Senders.pickable(task) ? senders.forDraft(draft) : null;
        String blocking = SendChecks.check(task, message, from == null ? null : from.problem()).stream()
                .filter(SendChecks.Problem::blocking).map(SendChecks.Problem::text).findFirst().orElse(null);
        if (blocking != null) {
            return BulkPlan.Entry.blocked(id, task, blocking);
        }
        SendQueue waiting = queue.get();
        if (!sender.canSubmit(id) || waiting != null && waiting.isQueued(id)) {
            return BulkPlan.Entry.blocked(id, task, "Already on its way.");
        }
        String senderName = task.type() == TaskType.MANUAL_EMAIL
                ? (from != null ? from.senderName() : "the sequence's account") : null;
        return BulkPlan.Entry.sendable(task, senders.requestFor(task, draft), senderName);
    }
}

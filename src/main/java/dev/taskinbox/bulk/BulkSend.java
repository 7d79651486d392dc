package dev.taskinbox.bulk;

import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.preview.BulkPlan;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.SendRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Sending many tasks at once: the pre-flight reads and sorts them, the rep sees what will go, what
 * is blocked and why, and what is done by hand, and agrees; then the sendable ones go through the
 * queue in one step (one undo window each), and the hand-done ones are completed if asked.
 */
public final class BulkSend {
    private final PreviewViewModel preview;
    private final InboxViewModel inbox;
    private final SendQueue queue;
    private final Supplier<BudgetState> budget;

    public BulkSend(PreviewViewModel preview, InboxViewModel inbox, SendQueue queue, Supplier<BudgetState> budget) {
        this.preview = preview;
        this.inbox = inbox;
        this.queue = queue;
        this.budget = budget;
    }

    /** Asks about {@code taskIds} over {@code owner}; {@code afterSend} runs once the rep said go. */
    public void send(Window owner, List<Long> taskIds, Runnable afterSend) {
        inbox.notice("Checking " + taskIds.size() + " tasks before sending… Esc stops.");
        preview.bulk().run(taskIds, step -> inbox.notice(step + " Esc stops."), plan -> {
            BudgetState state = budget.get();
            new BulkPreflightDialog(owner, plan, state.windowLimit(), state.windowLimit() - state.usedInWindow()).ask()
                    .ifPresentOrElse(decision -> {
                        Map<Long, SendRequest> sends = new LinkedHashMap<>();
                        plan.of(BulkPlan.Entry.Kind.SEND).forEach(entry -> sends.put(entry.taskId(), entry.request()));
                        queue.sendAll(sends);
                        if (decision.completeManual()) {
                            inbox.completeAll(plan.of(BulkPlan.Entry.Kind.MANUAL).stream()
                                    .map(BulkPlan.Entry::taskId).toList());
                        }
                        afterSend.run();
                    }, () -> inbox.notice("Nothing was sent."));
        });
    }
}

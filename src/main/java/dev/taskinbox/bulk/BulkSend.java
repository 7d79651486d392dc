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
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.time.Clock;
import dev.taskinbox.outbox.Outbox;
import dev.taskinbox.outbox.SendLaterAction;
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
    private final Outbox outbox;
    private final Clock clock;

    public BulkSend(PreviewViewModel preview, InboxViewModel inbox, SendQueue queue, Supplier<BudgetState> budget,
                    Outbox outbox, Clock clock) {
        this.preview = preview;
        this.inbox = inbox;
        this.queue = queue;
        this.budget = budget;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Asks about {@code taskIds} over {@code owner}; {@code afterSend} runs once the rep said go (now
     * or at 9:00 their time); {@code open} shows a blocked task the rep picked from the list instead.
     */
    public void send(Window owner, List<Long> taskIds, Runnable afterSend, Consumer<Long> open) {
        inbox.notice("Checking " + taskIds.size() + " tasks before sending… Esc stops.");
        preview.bulk().run(taskIds, step -> inbox.notice(step + " Esc stops."), plan -> {
            BudgetState state = budget.get();
            Map<String, Integer> leftToday = MailboxLimits.leftBySender(preview.senders());
            new BulkPreflightDialog(owner, plan, state.windowLimit(), state.windowLimit() - state.usedInWindow(), leftToday).ask()
                    .ifPresentOrElse(decision -> {
                        if (decision.open() != null) {
                            inbox.notice("Nothing was sent. Here is the task that could not go.");
                            open.accept(decision.open());
                            return;
                        }
                        Map<Long, SendRequest> sends = new LinkedHashMap<>();
                        plan.of(BulkPlan.Entry.Kind.SEND).forEach(entry -> sends.put(entry.taskId(), entry.request()));
                        if (decision.later()) {
                            plan.of(BulkPlan.Entry.Kind.SEND).forEach(entry -> outbox.hold(SendLaterAction.held(entry.taskId(),
                                    entry.task().type(), entry.request(), inbox, clock)));
                            inbox.notice("Held " + sends.size() + " to go at 9:00 their time; the Outbox lists them.");
                        } else {
                            // What a mailbox cannot send today waits for tomorrow's 9:00 in the Outbox.
                            Map<Long, SendRequest> now = new LinkedHashMap<>();
                            List<BulkPlan.Entry> tomorrow = MailboxLimits.split(plan.of(BulkPlan.Entry.Kind.SEND), leftToday, now);
                            queue.sendAll(now);
                            tomorrow.forEach(entry -> outbox.hold(SendLaterAction.held(entry.taskId(), entry.task().type(),
                                    entry.request(), inbox, clock, true)));
                        }
                        if (decision.completeManual()) {
                            inbox.completeAll(plan.of(BulkPlan.Entry.Kind.MANUAL).stream()
                                    .map(BulkPlan.Entry::taskId).toList());
                        }
                        afterSend.run();
                    }, () -> inbox.notice("Nothing was sent."));
        });
    }
}

package dev.taskinbox.bulk;

import dev.taskinbox.preview.BulkPlan;
import dev.taskinbox.preview.Senders;
import dev.taskinbox.task.SendRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A bulk run within each mailbox's daily limit: what fits today goes now, the rest waits for tomorrow. */
final class MailboxLimits {
    private MailboxLimits() {
    }

    /** About how many more each mailbox (by the address the pre-flight names) may send today; absent when unknown. */
    static Map<String, Integer> leftBySender(Senders senders) {
        Map<String, Integer> left = new HashMap<>();
        senders.all().ifPresent(accounts -> accounts.forEach(account ->
                senders.sentToday().left(account).ifPresent(n -> left.put(account.email(), n))));
        return left;
    }

    /**
     * Fills {@code now} with the sends that fit today, in order, and answers the rest: per sender,
     * the first {@code left} go; a sender without a known limit sends all.
     */
    static List<BulkPlan.Entry> split(List<BulkPlan.Entry> sends, Map<String, Integer> leftToday, Map<Long, SendRequest> now) {
        Map<String, Integer> used = new HashMap<>();
        List<BulkPlan.Entry> later = new ArrayList<>();
        for (BulkPlan.Entry entry : sends) {
            Integer left = entry.sender() == null ? null : leftToday.get(entry.sender());
            int taken = used.merge(entry.sender() == null ? "" : entry.sender(), 1, Integer::sum);
            if (left != null && taken > left) {
                later.add(entry);
            } else {
                now.put(entry.taskId(), entry.request());
            }
        }
        return later;
    }

    /** How many of a sender's sends wait for tomorrow. */
    static long overBy(long sending, Integer left) {
        return left == null ? 0 : Math.max(0, sending - left);
    }
}

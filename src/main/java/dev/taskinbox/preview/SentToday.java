package dev.taskinbox.preview;

import dev.taskinbox.task.EmailAccount;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Emails sent today from each of the rep's mailboxes, as this app counted them, and so about how many
 * more each may send before its {@code dailyLimit}. An estimate, and labelled so: Reply reports no
 * "sent today" (reply-api-v3-tasks.md §6.6), and sends from the web app or by sequences are not
 * seen here. Sequence emails are not counted (the sequence picks their mailbox). FX thread.
 */
public final class SentToday {
    private final Clock clock;
    private final Map<Long, Integer> counts = new HashMap<>();
    private LocalDate day;

    public SentToday(Clock clock) {
        this.clock = clock;
        this.day = LocalDate.now(clock);
    }

    /** One more email went from this mailbox. */
    public void count(long accountId) {
        rollOver();
        counts.merge(accountId, 1, Integer::sum);
    }

    public int sent(long accountId) {
        rollOver();
        return counts.getOrDefault(accountId, 0);
    }

    /** About how many more may go from it today; empty when Reply gave no daily limit. */
    public OptionalInt left(EmailAccount account) {
        if (account.dailyLimit() == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.max(0, account.dailyLimit() - sent(account.id())));
    }

    /** "about 37 of 50 left today (an estimate)", or "" without a limit. */
    public String words(EmailAccount account) {
        OptionalInt left = left(account);
        return left.isEmpty() ? "" : "about " + left.getAsInt() + " of " + account.dailyLimit() + " left today (an estimate)";
    }

    private void rollOver() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            counts.clear();
            day = today;
        }
    }
}

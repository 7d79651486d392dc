package dev.taskinbox.task;

import java.util.Set;

/**
 * The tasks whose execute may be on its way. An entry is written (durably) before the request
 * leaves and removed once the outcome is known, so after a crash or a kill the app knows which
 * tasks to check with Reply before they may be sent again.
 */
public interface SendJournal {

    /** Records that an execute of this task is about to leave. Blocks until it is on disk. */
    void begin(long taskId);

    /** The outcome is known (sent, or certainly not sent): the entry goes. */
    void end(long taskId);

    /** Entries left from before: sends whose outcome was never learned. */
    Set<Long> pending();

    /** A sentence for the rep when the journal was unreadable and was moved aside; empty otherwise. */
    String problem();

    /** A journal that remembers nothing, for tests that are not about crashes. */
    SendJournal NONE = new SendJournal() {
        @Override
        public void begin(long taskId) {
        }

        @Override
        public void end(long taskId) {
        }

        @Override
        public Set<Long> pending() {
            return Set.of();
        }

        @Override
        public String problem() {
            return "";
        }
    };
}

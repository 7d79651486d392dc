package dev.taskinbox.task;

import java.util.List;
import java.util.Optional;

/**
 * Whether a prospect may be written to now, as Reply knows it: opted out, or replied to or
 * bounced in a sequence (GET /v3/contacts/{id}/statuses, reply-api-v3-tasks.md §6.4).
 * {@code sequencesKnown} is false when only the contact record could be read (it says whether
 * they opted out, not whether they replied).
 */
public record ContactStanding(boolean optedOut, List<InSequence> sequences, boolean sequencesKnown) {

    /** The prospect in one sequence. */
    public record InSequence(long sequenceId, String sequenceName, boolean replied, boolean bounced) {
        String label() {
            return sequenceName == null || sequenceName.isBlank() ? "sequence " + sequenceId : sequenceName;
        }
    }

    public ContactStanding {
        sequences = List.copyOf(sequences);
    }

    /** Why nothing may go to them at all ("Opted out…"), or empty. No key overrides this. */
    public Optional<String> refusal() {
        return optedOut ? Optional.of("They opted out: Reply must not write to them.") : Optional.empty();
    }

    /**
     * Why writing now is probably a mistake ("Replied in Outbound Q4."), or empty: the rep may
     * still send, deliberately, one task at a time.
     */
    public Optional<String> caution() {
        for (InSequence in : sequences) {
            if (in.replied()) {
                return Optional.of("They replied in " + in.label() + ".");
            }
        }
        for (InSequence in : sequences) {
            if (in.bounced()) {
                return Optional.of("Their email bounced in " + in.label() + ".");
            }
        }
        return Optional.empty();
    }
}

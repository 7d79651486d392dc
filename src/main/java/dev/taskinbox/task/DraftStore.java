package dev.taskinbox.task;

import java.util.Map;

/** Where the rep's unsent edits live between runs. Saving never blocks the caller for long. */
public interface DraftStore {

    /** Every saved draft by task id; a store that could not be read starts empty and says why in {@link #problem()}. */
    Map<Long, Draft> loadAll();

    /** Keeps this draft (replacing the task's earlier one); on disk within a second. */
    void save(Draft draft);

    /** Forgets the task's draft (the server confirmed the send, or the rep reset it). */
    void remove(long taskId);

    /** A sentence for the rep when the drafts file was unreadable and was moved aside; empty otherwise. */
    String problem();

    /** A store that keeps nothing, for the demo and tests that are not about drafts. */
    DraftStore NONE = new DraftStore() {
        @Override
        public Map<Long, Draft> loadAll() {
            return Map.of();
        }

        @Override
        public void save(Draft draft) {
        }

        @Override
        public void remove(long taskId) {
        }

        @Override
        public String problem() {
            return "";
        }
    };
}

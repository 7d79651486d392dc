package dev.taskinbox.preview;

import dev.taskinbox.task.Draft;
import dev.taskinbox.task.DraftStore;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The rep's unsent edits by task id, each written to the store as it changes, so a restart or a
 * crash loses none. An edit goes only when Reply confirms the send (or the rep resets it).
 */
final class Drafts {
    private final ObservableMap<Long, Draft> byTask = FXCollections.observableHashMap();
    private final DraftStore store;
    /** Kept, not made per call: its listeners hang on it through a weak link (see InboxCounts). */
    private final ObservableMap<Long, Draft> view = FXCollections.unmodifiableObservableMap(byTask);

    /** Starts with what the store kept from earlier runs. */
    Drafts(DraftStore store) {
        this.store = store;
        byTask.putAll(store.loadAll());
    }

    Draft of(long taskId) {
        return byTask.get(taskId);
    }

    boolean has(long taskId) {
        return byTask.containsKey(taskId);
    }

    /** Keeps the edit (and writes it) unless it is the one already kept. */
    void keep(Draft draft) {
        if (!draft.equals(byTask.get(draft.taskId()))) {
            byTask.put(draft.taskId(), draft);
            store.save(draft);
        }
    }

    void forget(long taskId) {
        if (byTask.remove(taskId) != null) {
            store.remove(taskId);
        }
    }

    /** Read-only, for marking rows with an edit. */
    ObservableMap<Long, Draft> view() {
        return view;
    }
}

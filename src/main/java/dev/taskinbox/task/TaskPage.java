package dev.taskinbox.task;

import java.util.List;

/**
 * One page of the pending-task list.
 *
 * @param unreadable how many entries of the page could not be shown (e.g. no id), so the rep can be told
 */
public record TaskPage(List<TaskSummary> items, boolean hasMore, int unreadable) {
    public TaskPage {
        items = List.copyOf(items);
    }

    public TaskPage(List<TaskSummary> items, boolean hasMore) {
        this(items, hasMore, 0);
    }

    /** How many entries the server returned, readable or not: the offset of the next page moves by this. */
    public int returned() {
        return items.size() + unreadable;
    }
}

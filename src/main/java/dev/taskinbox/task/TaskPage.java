package dev.taskinbox.task;

import java.util.List;

/** One page of the pending-task list. */
public record TaskPage(List<TaskSummary> items, boolean hasMore) {
    public TaskPage {
        items = List.copyOf(items);
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Task details by id, each read once: when the rep selects the task, ahead of the rep in the
 * lowest lane, or as a send's outcome brings it. Lives on the FX thread.
 */
final class TaskDetails {
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final Map<Long, TaskDetail> byId = new HashMap<>();
    private final Set<Long> prefetching = new HashSet<>();

    TaskDetails(TaskGateway gateway, TaskRunner runner) {
        this.gateway = gateway;
        this.runner = runner;
    }

    /** The task as last read, or null. */
    TaskDetail get(long taskId) {
        return byId.get(taskId);
    }

    void put(TaskDetail task) {
        byId.put(task.id(), task);
    }

    /** The copy is stale (the task is gone, or its outcome unclear): the next show reads it again. */
    void forget(long taskId) {
        byId.remove(taskId);
    }

    /** The cache itself, for the bulk pre-flight, which reads and fills it in one go. */
    Map<Long, TaskDetail> asMap() {
        return byId;
    }

    /** Reads the task now (the rep is looking at it). */
    void read(long taskId, Consumer<TaskDetail> read, Consumer<Throwable> failed) {
        runner.run("task " + taskId, () -> gateway.task(taskId), task -> {
            byId.put(taskId, task);
            read.accept(task);
        }, failed);
    }

    /** Reads a task ahead, in the lowest lane; one already read or being read is skipped. */
    void prefetch(long taskId, Consumer<TaskDetail> read) {
        if (byId.containsKey(taskId) || !prefetching.add(taskId)) {
            return;
        }
        runner.run("prefetch " + taskId, () -> gateway.task(taskId, Priority.PREFETCH), task -> {
            prefetching.remove(taskId);
            byId.put(taskId, task);
            read.accept(task);
        }, failure -> prefetching.remove(taskId));
    }

    /** The rep moved on: reads-ahead still waiting for the budget are dropped before new ones queue. */
    void dropStalePrefetches() {
        gateway.dropQueuedPrefetches();
    }
}

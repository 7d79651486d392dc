package dev.taskinbox.preview;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Task details by id, each read once: when the rep selects the task, ahead of the rep in the
 * lowest lane, or as a send's outcome brings it. Each is also kept on disk as a {@link DetailCopies
 * copy} for when Reply cannot be reached; a copy never enters this map, so the next look reads
 * afresh. Lives on the FX thread.
 */
final class TaskDetails {
    private static final Logger LOG = Logger.getLogger(TaskDetails.class.getName());
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final DetailCopies copies;
    private final Map<Long, TaskDetail> byId = new HashMap<>();
    private final Set<Long> prefetching = new HashSet<>();
    /** One save at a time; what is kept meanwhile goes with the next. */
    private boolean saving;
    private volatile boolean closed;

    TaskDetails(TaskGateway gateway, TaskRunner runner, DetailCopies copies) {
        this.gateway = gateway;
        this.runner = runner;
        this.copies = copies;
    }

    /** The task as last read, or null. */
    TaskDetail get(long taskId) {
        return byId.get(taskId);
    }

    void put(TaskDetail task) {
        byId.put(task.id(), task);
        keep(task);
    }

    /** The copy on disk of a task that cannot be read now, if it was ever read. */
    Optional<DetailCopies.Copy> copyOf(long taskId) {
        return copies.copyOf(taskId);
    }

    /** Saves nothing more (the app is closing; callable from any thread). */
    void close() {
        closed = true;
    }

    /** Keeps the task as a copy on disk (the bulk pre-flight puts what it reads into the map itself). */
    void keep(TaskDetail task) {
        copies.keep(task);
        saveCopies();
    }

    private void saveCopies() {
        if (saving || closed || !copies.changed()) {
            return;
        }
        saving = true;
        runner.run("save the read tasks", () -> {
            copies.write();
            return null;
        }, done -> {
            saving = false;
            saveCopies();
        }, failure -> {
            saving = false;
            // Closing cancels or interrupts a save; the file then keeps its last whole version.
            if (!closed && !(failure instanceof java.util.concurrent.CancellationException)) {
                LOG.warning("The read tasks could not be kept for offline use: " + failure);
            }
        });
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
            put(task);
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
            put(task);
            read.accept(task);
        }, failure -> prefetching.remove(taskId));
    }

    /** The rep moved on: reads-ahead still waiting for the budget are dropped before new ones queue. */
    void dropStalePrefetches() {
        gateway.dropQueuedPrefetches();
    }
}

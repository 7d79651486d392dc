package dev.taskinbox.api;

import com.google.gson.JsonObject;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.GatewayException.Kind;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import retrofit2.Call;

/**
 * The writes that are not a send: batch complete, move, hand over (one and many), create. Each goes
 * once ({@link RetryPolicy#WRITE}); batches go 100 ids a call and report each chunk for what it is.
 */
final class TaskWrites {
    static final int BATCH_SIZE = 100;
    private static final Instant EARLIEST_START = Instant.parse("2015-01-01T00:00:00Z");

    private final ReplyCalls calls;

    TaskWrites(ReplyCalls calls) {
        this.calls = calls;
    }

    Map<Long, String> completeAll(Collection<Long> taskIds) {
        return inChunks(taskIds, "completed", null, chunk -> api -> api.batchComplete(new Wire.BatchIds(chunk)));
    }

    /**
     * Batch reassign names the user {@code userId} in the current docs and {@code assignedUserId} in
     * the seed's (§3.9). The name follows the enum spelling the server was found to take (the
     * generations travel together: a guess); a 400 that points at the member goes once with the other.
     */
    Map<Long, String> reassignAll(Collection<Long> taskIds, long userId) {
        return inChunks(taskIds, "handed over", chunk -> oneByOne(chunk, userId), chunk -> {
            boolean seed = calls.form().enums() == EnumDialect.INTEGERS;
            return api -> seed ? api.batchAssignSeed(new Wire.BatchAssignSeed(chunk, userId))
                    : api.batchAssign(new Wire.BatchAssign(chunk, userId));
        }, chunk -> {
            boolean seed = calls.form().enums() != EnumDialect.INTEGERS;
            return api -> seed ? api.batchAssignSeed(new Wire.BatchAssignSeed(chunk, userId))
                    : api.batchAssign(new Wire.BatchAssign(chunk, userId));
        });
    }

    /** Where the batch route is missing (a 404 that names no task), one PUT assigned-user per task. */
    private Map<Long, String> oneByOne(List<Long> chunk, long userId) {
        Map<Long, String> failed = new LinkedHashMap<>();
        for (long id : chunk) {
            try {
                reassign(id, userId);
            } catch (GatewayException refused) {
                failed.put(id, refused.userMessage());
            }
        }
        return failed;
    }

    TaskDetail reassign(long taskId, long userId) {
        return WireMapper.detail(calls.call(Priority.SEND, RetryPolicy.WRITE, false,
                api -> api.reassign(taskId, new Wire.AssignBody(userId))));
    }

    /** One call, never repeated by the app once it may have reached Reply (create is not idempotent, §1.11). */
    TaskDetail create(NewTask task) {
        requireWindow(task.startAt(), task.dueTo());
        boolean email = task.type() == TaskType.MANUAL_EMAIL;
        Wire.TaskUpdate body = new Wire.TaskUpdate(task.type(), task.startAt(), task.dueTo(),
                new Wire.Template(email ? task.subject() : null, task.body(), List.of()), task.contactId(),
                task.type() == TaskType.LINKED_IN ? task.linkedInAction() : null);
        return WireMapper.detail(calls.call(Priority.SEND, RetryPolicy.WRITE, true, api -> api.createTask(body)));
    }

    TaskDetail reschedule(long taskId, Instant startAt, Instant dueTo) {
        requireWindow(startAt, dueTo);
        // Reply replaces the whole task on update: read it as stored, change only the dates.
        Wire.TaskDetail stored = calls.call(Priority.SEND, RetryPolicy.READ, false, api -> api.rawTask(taskId));
        if (stored.status() != TaskStatus.NEW) {
            throw new GatewayException(Kind.REJECTED, "Only tasks that are still to do can be moved.");
        }
        if (stored.taskType() == null || stored.taskType() == TaskType.UNKNOWN) {
            throw new GatewayException(Kind.REJECTED, "This kind of task cannot be moved from the app.");
        }
        Wire.TaskUpdate update = new Wire.TaskUpdate(stored.taskType(), startAt, dueTo,
                stored.template() == null ? new Wire.Template(null, "", List.of()) : stored.template(),
                stored.contactId(), stored.linkedInTaskType());
        return WireMapper.detail(calls.call(Priority.SEND, RetryPolicy.WRITE, true, api -> api.updateTask(taskId, update)));
    }

    private void requireWindow(Instant startAt, Instant dueTo) {
        if (startAt.isBefore(EARLIEST_START) || !dueTo.isAfter(startAt)) {
            throw new GatewayException(Kind.REJECTED,
                    "The time does not work: the start must be after 2015 and the due time after the start.");
        }
        Instant lastListed = calls.options().clock().instant().atZone(ZoneOffset.UTC).plusYears(1).toInstant();
        if (startAt.isAfter(lastListed)) {
            // The filter lists startAt up to now + 1 year (reply-api-v3-tasks.md §6.3): it would vanish.
            throw new GatewayException(Kind.REJECTED,
                    "Reply lists tasks that start within a year; that far out, the task would leave the list.");
        }
    }

    @SafeVarargs
    private Map<Long, String> inChunks(Collection<Long> taskIds, String done, Function<List<Long>, Map<Long, String>> routeMissing,
                                       Function<List<Long>, Function<ReplyApi, Call<JsonObject>>>... forms) {
        List<Long> ids = List.copyOf(taskIds);
        Map<Long, String> failed = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE));
            try {
                failed.putAll(BatchFailures.read(chunkCall(chunk, forms)));
            } catch (GatewayException chunkFailed) {
                if (routeMissing != null && chunkFailed.kind() == Kind.NOT_FOUND && !chunkFailed.hasCode(GatewayException.TASK_NOT_FOUND)) {
                    failed.putAll(routeMissing.apply(chunk));
                    continue;
                }
                // One chunk failing says nothing of the others: each is reported for what it is.
                String reason = chunkFailed.certainlyNotProcessed() ? chunkFailed.userMessage()
                        : "It is not known whether it was " + done + " (" + chunkFailed.userMessage() + ")";
                chunk.forEach(id -> failed.put(id, reason));
            }
        }
        return failed;
    }

    /** The chunk in the first body form; a 400 that names a member goes once in the next form, else the first refusal stands. */
    private JsonObject chunkCall(List<Long> chunk, Function<List<Long>, Function<ReplyApi, Call<JsonObject>>>[] forms) {
        GatewayException first = null;
        for (Function<List<Long>, Function<ReplyApi, Call<JsonObject>>> form : forms) {
            try {
                return calls.call(Priority.SEND, RetryPolicy.WRITE, false, form.apply(chunk));
            } catch (GatewayException refused) {
                boolean aboutAMember = refused.kind() == Kind.REJECTED && !refused.problem().fieldErrors().isEmpty();
                if (first == null) {
                    first = refused;
                }
                if (!aboutAMember) {
                    break;
                }
            }
        }
        throw first;
    }
}

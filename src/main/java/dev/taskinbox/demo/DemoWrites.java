package dev.taskinbox.demo;

import static dev.taskinbox.demo.DemoBodies.optionalLong;
import static dev.taskinbox.demo.DemoBodies.optionalString;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo server's task writes (create, update, reassign one, reassign many), each read as strictly
 * as reply-api-v3-tasks.md §3.3-3.9 allow. Answers the changed task; the routes render it.
 */
final class DemoWrites {
    private static final int MAX_BATCH = 100;
    private static final Instant EARLIEST_START = Instant.parse("2015-01-01T00:00:00Z");

    private final DemoStore store;
    private final DemoEnums enums;
    /** The current generation names the batch member {@code userId}, the seed {@code assignedUserId} (§3.9). */
    private final String batchUserMember;

    DemoWrites(DemoStore store, DemoEnums enums, boolean seed) {
        this.store = store;
        this.enums = enums;
        this.batchUserMember = seed ? "assignedUserId" : "userId";
    }

    /** PUT /v3/tasks/{id}: the whole writable task, as on create. */
    DemoTask update(long id, JsonObject request) {
        Written task = written(request);
        return store.update(id, task.type, task.startAt, task.dueTo, task.subject, task.body, task.attachments);
    }

    /**
     * POST /v3/tasks: a new task of the caller's. The docs make {@code contactId} optional; the demo
     * creates tasks for its own contacts only, so it asks for one (stricter than the docs, never laxer).
     */
    DemoTask create(JsonObject request) {
        Written task = written(request);
        Integer linkedIn = enums.read(DemoEnums.LINKED_IN, request.get("linkedInTaskType"), "linkedInTaskType");
        if (task.type == DemoTask.LINKED_IN && linkedIn == null) {
            throw DemoProblem.invalid("linkedInTaskType", "A LinkedIn task needs its linkedInTaskType.");
        }
        Long contactId = optionalLong(request, "contactId");
        if (contactId == null) {
            throw DemoProblem.invalid("contactId", "The demo server creates tasks for its contacts: contactId is required.");
        }
        return store.create(task.type, task.type == DemoTask.LINKED_IN ? linkedIn : null, contactId,
                task.startAt, task.dueTo, task.subject, task.body);
    }

    /** PUT /v3/tasks/{id}/assigned-user {@code {userId}}. */
    DemoTask assign(long id, JsonObject request) {
        Long userId = optionalLong(request, "userId");
        if (userId == null) {
            throw DemoProblem.invalid("userId", "userId is required.");
        }
        return store.reassign(id, teammate(userId, "userId"));
    }

    /** POST /v3/tasks/batch/assign: 1-100 ids to a member of the team; answers the failures (1 = not found). */
    JsonObject assignAll(JsonObject request) {
        List<Long> ids = ids(request);
        Long userId = optionalLong(request, batchUserMember);
        if (userId == null) {
            throw DemoProblem.invalid(batchUserMember, batchUserMember + " is required.");
        }
        JsonObject failures = new JsonObject();
        store.reassignAll(ids, teammate(userId, batchUserMember)).forEach(id -> {
            JsonObject failure = new JsonObject();
            failure.addProperty("error", 1);
            failures.add(Long.toString(id), failure);
        });
        return failures;
    }

    static List<Long> ids(JsonObject request) {
        JsonElement ids = request.get("ids");
        if (ids == null || !ids.isJsonArray() || ids.getAsJsonArray().isEmpty() || ids.getAsJsonArray().size() > MAX_BATCH) {
            throw DemoProblem.invalid("ids", "ids must hold 1 to 100 task ids.");
        }
        List<Long> taskIds = new ArrayList<>();
        ids.getAsJsonArray().forEach(id -> taskIds.add(id.getAsLong()));
        return taskIds;
    }

    private static long teammate(long userId, String member) {
        if (DemoData.team().stream().noneMatch(user -> user[0].equals(Long.toString(userId)))) {
            throw DemoProblem.invalid(member, "The user is not a member of your team.");
        }
        return userId;
    }

    /** The members create and update share: type, both dates (start after 2015, due after start), template.body. */
    private Written written(JsonObject request) {
        Integer type = enums.read(DemoEnums.TASK_TYPES, request.get("taskType"), "taskType");
        enums.read(DemoEnums.LINKED_IN, request.get("linkedInTaskType"), "linkedInTaskType");
        JsonElement template = request.get("template");
        String start = optionalString(request, "startAt");
        String due = optionalString(request, "dueTo");
        if (type == null || start == null || due == null || template == null || !template.isJsonObject()
                || optionalString(template.getAsJsonObject(), "body") == null) {
            throw DemoProblem.invalid(type == null ? "taskType" : start == null ? "startAt" : due == null ? "dueTo" : "template",
                    "taskType, startAt, dueTo and template.body are required.");
        }
        JsonObject body = template.getAsJsonObject();
        List<Long> attachments = new ArrayList<>();
        JsonElement list = body.get("attachmentIdList");
        if (list != null && list.isJsonArray()) {
            list.getAsJsonArray().forEach(item -> attachments.add(item.getAsLong()));
        }
        Instant startAt;
        Instant dueTo;
        try {
            startAt = Instant.parse(start);
            dueTo = Instant.parse(due);
        } catch (DateTimeParseException badDate) {
            throw DemoProblem.invalid("startAt", "startAt and dueTo must be date-times.");
        }
        if (startAt.isBefore(EARLIEST_START)) {
            throw DemoProblem.invalid("startAt", "startAt must be 2015-01-01 or later.");
        }
        if (!dueTo.isAfter(startAt)) {
            throw DemoProblem.invalid("dueTo", "dueTo must be later than startAt.");
        }
        return new Written(type, startAt, dueTo, optionalString(body, "subject"), optionalString(body, "body"), attachments);
    }

    private record Written(int type, Instant startAt, Instant dueTo, String subject, String body, List<Long> attachments) {
    }
}

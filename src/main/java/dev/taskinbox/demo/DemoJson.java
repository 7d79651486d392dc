package dev.taskinbox.demo;

import java.util.Map;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Instant;

/** Writes demo objects in the server's dialect (integer or camelCase enums), UTC dates with {@code Z}. */
final class DemoJson {
    private static final int CREATED_BY_USER = 0;
    private static final int CREATED_BY_SEQUENCE = 1;

    private final DemoEnums enums;
    private final Clock clock;

    DemoJson(DemoEnums enums, Clock clock) {
        this.enums = enums;
        this.clock = clock;
    }

    JsonObject listItem(DemoTask task) {
        JsonObject json = new JsonObject();
        json.addProperty("id", task.id);
        json.add("taskType", enums.write(DemoEnums.TASK_TYPES, task.type));
        json.add("status", enums.write(DemoEnums.STATUSES, task.visibleStatus(clock.instant())));
        json.add("linkedInTaskType", enums.write(DemoEnums.LINKED_IN, task.linkedInType));
        json.addProperty("assignedUserId", task.assignedUserId);
        JsonObject contact = new JsonObject();
        contact.addProperty("id", task.contact.id());
        contact.addProperty("fullName", task.contact.fullName());
        json.add("contact", contact);
        json.addProperty("startAt", date(task.startAt));
        json.addProperty("dueTo", date(task.dueTo));
        json.addProperty("finishedAt", date(task.visibleFinishedAt(clock.instant())));
        json.addProperty("isScheduled", task.scheduled);
        json.addProperty("sequenceId", task.sequenceId);
        json.add("sequenceStepId", JsonNull.INSTANCE);
        return json;
    }

    /** @param seenAt when the read happens ({@link Instant#MAX} for the answer to the call that changed it) */
    JsonObject detail(DemoTask task, String renderedSubject, String renderedBody, boolean includeContent, Instant seenAt) {
        JsonObject json = new JsonObject();
        json.addProperty("id", task.id);
        json.addProperty("contactId", task.contact.id());
        json.add("taskType", enums.write(DemoEnums.TASK_TYPES, task.type));
        json.add("status", enums.write(DemoEnums.STATUSES, task.visibleStatus(seenAt)));
        json.add("linkedInTaskType", enums.write(DemoEnums.LINKED_IN, task.linkedInType));
        json.addProperty("sequenceId", task.sequenceId);
        json.add("sequenceStepId", JsonNull.INSTANCE);
        json.addProperty("sequenceStepDisplayName", task.stepName);
        json.addProperty("assignedUserId", task.assignedUserId);
        json.add("creationSource", enums.write(DemoEnums.SOURCES, task.sequenceId == null ? CREATED_BY_USER : CREATED_BY_SEQUENCE));
        json.addProperty("createdAt", date(task.createdAt));
        json.addProperty("startAt", date(task.startAt));
        json.addProperty("dueTo", date(task.dueTo));
        json.addProperty("finishedAt", date(task.visibleFinishedAt(seenAt)));
        json.addProperty("isFailed", task.failed);
        json.addProperty("isScheduled", task.scheduled);
        JsonObject template = new JsonObject();
        template.addProperty("subject", task.subject);
        template.addProperty("body", task.body);
        JsonArray attachments = new JsonArray();
        task.attachmentIds.forEach(attachments::add);
        template.add("attachmentIdList", attachments);
        json.add("template", template);
        if (includeContent) {
            JsonObject content = new JsonObject();
            content.addProperty("subject", renderedSubject);
            content.addProperty("body", renderedBody);
            json.add("content", content);
        } else {
            json.add("content", JsonNull.INSTANCE);
        }
        json.add("deliveryInfo", deliveryInfo(task));
        return json;
    }

    /** Reply fills the member that matters and leaves the object null for to-do, meeting and WhatsApp. */
    private static JsonElement deliveryInfo(DemoTask task) {
        JsonObject info = new JsonObject();
        switch (task.type) {
            case DemoTask.MANUAL_EMAIL -> info.addProperty("email", task.contact.email());
            case DemoTask.SMS, DemoTask.CALL -> info.addProperty("phoneNumber", task.contact.phone());
            case DemoTask.LINKED_IN -> info.addProperty("linkedInUrl", task.contact.linkedInUrl());
            default -> {
                return JsonNull.INSTANCE;
            }
        }
        return info;
    }

    static JsonObject account(DemoAccount account) {
        JsonObject json = new JsonObject();
        json.addProperty("id", account.id());
        json.addProperty("ownerUserId", account.ownerUserId());
        json.addProperty("email", account.email());
        json.addProperty("senderName", account.senderName());
        json.addProperty("emailAccountType", "gmail");
        json.addProperty("isDefault", account.isDefault());
        json.addProperty("dailyLimit", account.dailyLimit());
        json.addProperty("connectionStatus", account.connectionStatus());
        json.add("tags", new JsonArray());
        return json;
    }

    /**
     * GET /v3/linkedin-accounts: status, usage and limits as the reference summarises them; the
     * member names inside usage and limits are the same guess the client makes.
     */
    static JsonObject linkedInAccounts(int[] used) {
        JsonObject account = new JsonObject();
        account.addProperty("id", 31);
        account.addProperty("name", DemoData.USER_NAME);
        account.addProperty("status", used[0] >= 50 ? "dailyLimitReached" : "enabled");
        JsonObject usage = new JsonObject();
        usage.addProperty("messages", used[0]);
        usage.addProperty("connectionRequests", used[1]);
        usage.addProperty("inMails", used[2]);
        usage.addProperty("viewProfiles", used[3]);
        account.add("usage", usage);
        JsonObject limits = new JsonObject();
        limits.addProperty("dailySendMessageCount", 50);
        limits.addProperty("dailySendConnectionRequestCount", 20);
        limits.addProperty("dailySendInMailCount", 5);
        limits.addProperty("dailyViewProfileCount", 80);
        account.add("limits", limits);
        JsonArray items = new JsonArray();
        items.add(account);
        return page(items, false);
    }

    /** GET /v3/email-accounts/{id}: the detail's sending health and its safety section (§2.6). */
    static JsonObject accountDetail(DemoAccount account) {
        JsonObject json = new JsonObject();
        json.addProperty("id", account.id());
        json.addProperty("isDefault", account.isDefault());
        json.addProperty("connectionStatus", account.connectionStatus());
        json.addProperty("sendingLockedByProvider", account.lockedByProvider());
        json.add("sendingConnectivityError", com.google.gson.JsonNull.INSTANCE);
        JsonObject safety = new JsonObject();
        safety.addProperty("dailyLimit", account.dailyLimit());
        json.add("safety", safety);
        JsonObject connection = new JsonObject();
        connection.addProperty("email", account.email());
        connection.addProperty("senderName", account.senderName());
        json.add("connection", connection);
        return json;
    }

    static JsonObject page(JsonArray items, boolean hasMore) {
        JsonObject json = new JsonObject();
        json.add("items", items);
        json.addProperty("hasMore", hasMore);
        return json;
    }

    /**
     * GET /v3/contacts/{id}/statuses. The members the docs name ({@code isOptedOut},
     * {@code statusInSequence}, {@code emailDisposition}); the list's name and its sequence members
     * are the client's guess too (reply-api-v3-tasks.md §6.4), so the two agree by construction.
     */
    static JsonObject statuses(Map<Long, String> sequences, boolean optedOut) {
        JsonObject json = new JsonObject();
        json.addProperty("isOptedOut", optedOut);
        JsonArray items = new JsonArray();
        sequences.forEach((sequenceId, what) -> {
            JsonObject item = new JsonObject();
            item.addProperty("sequenceId", sequenceId);
            item.addProperty("sequenceName", DemoData.sequences().getOrDefault(sequenceId, "Sequence " + sequenceId));
            item.addProperty("statusInSequence", what.isEmpty() ? "active" : "finished");
            JsonObject disposition = new JsonObject();
            disposition.addProperty("isReplied", what.equals("replied"));
            disposition.addProperty("isBounced", what.equals("bounced"));
            item.add("emailDisposition", disposition);
            items.add(item);
        });
        json.add("sequences", items);
        return json;
    }

    /** GET /v3/whoami/team-users: the body is our guess too (the docs show none), so client and demo agree. */
    static JsonObject team() {
        JsonArray items = new JsonArray();
        for (String[] user : DemoData.team()) {
            JsonObject json = new JsonObject();
            json.addProperty("id", Long.parseLong(user[0]));
            json.addProperty("firstName", user[1]);
            json.addProperty("lastName", user[2]);
            json.addProperty("email", user[3]);
            items.add(json);
        }
        JsonObject json = new JsonObject();
        json.add("items", items);
        return json;
    }

    /** The rep's templates, as a page of items (the shape is the client's guess too: §6.7 shows none). */
    static JsonObject emailTemplates() {
        JsonArray items = new JsonArray();
        String[][] templates = {{"701", "Break-up", "Closing the loop", "<p>Hi {{firstName}},</p><p>I will stop writing; "
            + "if the timing changes, just reply to this email.</p>"}, {"702", "Meeting recap", "Recap",
            "<p>Thanks for your time today, {{firstName}}.</p><p>As promised, the next steps:</p>"}};
        for (String[] template : templates) {
            JsonObject json = new JsonObject();
            json.addProperty("id", Long.parseLong(template[0]));
            json.addProperty("name", template[1]);
            json.addProperty("subject", template[2]);
            json.addProperty("body", template[3]);
            items.add(json);
        }
        JsonObject page = new JsonObject();
        page.add("items", items);
        return page;
    }

    static JsonObject contact(DemoContact contact, boolean optedOut) {
        JsonObject json = new JsonObject();
        json.addProperty("id", contact.id());
        json.addProperty("email", contact.email());
        json.addProperty("firstName", contact.firstName());
        json.addProperty("lastName", contact.lastName());
        json.addProperty("title", contact.title());
        json.addProperty("company", contact.company());
        json.addProperty("phone", contact.phone());
        json.addProperty("linkedInUrl", contact.linkedInUrl());
        json.addProperty("timeZoneId", contact.timeZoneId());
        json.addProperty("isOptedOut", optedOut);
        json.addProperty("city", contact.city());
        json.addProperty("country", contact.country());
        JsonArray custom = new JsonArray();
        contact.customFields().forEach((key, value) -> {
            JsonObject field = new JsonObject();
            field.addProperty("key", key);
            field.addProperty("value", value);
            custom.add(field);
        });
        json.add("customFields", custom);
        return json;
    }

    static JsonObject problem(DemoProblem problem, String instance) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "https://docs.reply.io/errors/" + problem.code);
        json.addProperty("title", problem.title);
        json.addProperty("status", problem.status);
        json.addProperty("detail", problem.getMessage());
        json.addProperty("instance", instance);
        json.addProperty("code", problem.code);
        if (problem.pointer != null) {
            // Validation 400s name the field by JSON Pointer (reply-api-v3-tasks.md §1.4, §6.2).
            JsonObject error = new JsonObject();
            error.addProperty("pointer", problem.pointer);
            error.addProperty("detail", problem.getMessage());
            JsonArray errors = new JsonArray();
            errors.add(error);
            json.add("errors", errors);
        }
        return json;
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

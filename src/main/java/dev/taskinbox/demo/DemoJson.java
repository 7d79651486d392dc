package dev.taskinbox.demo;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;

/** Writes demo objects in the seed's wire format (integer enums, UTC dates with {@code Z}). */
final class DemoJson {
    private static final int CREATED_BY_USER = 0;
    private static final int CREATED_BY_SEQUENCE = 1;

    private DemoJson() {
    }

    static JsonObject listItem(DemoTask task) {
        JsonObject json = new JsonObject();
        json.addProperty("id", task.id);
        json.addProperty("taskType", task.type);
        json.addProperty("status", task.status);
        json.addProperty("linkedInTaskType", task.linkedInType);
        json.addProperty("assignedUserId", DemoData.USER_ID);
        JsonObject contact = new JsonObject();
        contact.addProperty("id", task.contact.id());
        contact.addProperty("fullName", task.contact.fullName());
        json.add("contact", contact);
        json.addProperty("startAt", date(task.startAt));
        json.addProperty("dueTo", date(task.dueTo));
        json.addProperty("finishedAt", date(task.finishedAt));
        json.addProperty("isScheduled", false);
        json.addProperty("sequenceId", task.sequenceId);
        json.add("sequenceStepId", JsonNull.INSTANCE);
        return json;
    }

    static JsonObject detail(DemoTask task, String renderedSubject, String renderedBody, boolean includeContent) {
        JsonObject json = new JsonObject();
        json.addProperty("id", task.id);
        json.addProperty("contactId", task.contact.id());
        json.addProperty("taskType", task.type);
        json.addProperty("status", task.status);
        json.addProperty("linkedInTaskType", task.linkedInType);
        json.addProperty("sequenceId", task.sequenceId);
        json.add("sequenceStepId", JsonNull.INSTANCE);
        json.addProperty("sequenceStepDisplayName", task.stepName);
        json.addProperty("assignedUserId", DemoData.USER_ID);
        json.addProperty("creationSource", task.sequenceId == null ? CREATED_BY_USER : CREATED_BY_SEQUENCE);
        json.addProperty("createdAt", date(task.createdAt));
        json.addProperty("startAt", date(task.startAt));
        json.addProperty("dueTo", date(task.dueTo));
        json.addProperty("finishedAt", date(task.finishedAt));
        json.addProperty("isFailed", false);
        json.addProperty("isScheduled", false);
        JsonObject template = new JsonObject();
        template.addProperty("subject", task.subject);
        template.addProperty("body", task.body);
        template.add("attachmentIdList", new JsonArray());
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
    private static com.google.gson.JsonElement deliveryInfo(DemoTask task) {
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
        json.addProperty("ownerUserId", DemoData.USER_ID);
        json.addProperty("email", account.email());
        json.addProperty("senderName", account.senderName());
        json.addProperty("emailAccountType", "gmail");
        json.addProperty("isDefault", account.isDefault());
        json.addProperty("dailyLimit", 200);
        json.addProperty("connectionStatus", account.connectionStatus());
        json.add("tags", new JsonArray());
        return json;
    }

    static JsonObject page(JsonArray items, boolean hasMore) {
        JsonObject json = new JsonObject();
        json.add("items", items);
        json.addProperty("hasMore", hasMore);
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
        return json;
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

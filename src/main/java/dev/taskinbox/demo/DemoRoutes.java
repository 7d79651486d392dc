package dev.taskinbox.demo;

import static dev.taskinbox.demo.DemoBodies.json;
import static dev.taskinbox.demo.DemoBodies.optionalInstant;
import static dev.taskinbox.demo.DemoBodies.optionalLong;
import static dev.taskinbox.demo.DemoBodies.optionalString;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo server's endpoints: each documented request (reply-api-v3-tasks.md §3) read as strictly
 * as the docs allow and answered from the {@link DemoStore}; refusals are thrown as {@link DemoProblem}s.
 */
final class DemoRoutes {
    static final Pattern TASK_PATH = Pattern.compile("/v3/tasks/(\\d+)(/execute|/complete|/assigned-user)?");
    private static final Pattern ACCOUNT_PATH = Pattern.compile("/v3/email-accounts/(\\d+)");
    private static final Pattern CONTACT_PATH = Pattern.compile("/v3/contacts/(\\d+)");
    private static final Pattern CONTACT_STATUSES_PATH = Pattern.compile("/v3/contacts/(\\d+)/statuses");
    private static final int MAX_PAGE = 1000;

    private final DemoStore store;
    private final DemoEnums enums;
    private final DemoJson json;
    private final Clock clock;
    private final DemoWrites writes;

    DemoRoutes(DemoStore store, DemoEnums enums, Clock clock, boolean seed) {
        this.writes = new DemoWrites(store, enums, seed);
        this.store = store;
        this.enums = enums;
        this.json = new DemoJson(enums, clock);
        this.clock = clock;
    }

    JsonElement route(String method, URI uri, String body) {
        String path = uri.getPath();
        Query query = new Query(uri.getRawQuery());
        if (method.equals("GET") && path.equals("/v3/whoami/team-users")) {
            return DemoJson.team();
        }
        if (method.equals("GET") && path.equals("/v3/whoami")) {
            JsonObject me = new JsonObject();
            me.addProperty("userId", DemoData.USER_ID);
            me.addProperty("username", DemoData.USER_NAME);
            return me;
        }
        if (method.equals("POST") && path.equals("/v3/tasks/filter")) {
            return filter(query, json(body));
        }
        if (method.equals("GET") && path.equals("/v3/email-accounts")) {
            return accounts(query);
        }
        Matcher account = ACCOUNT_PATH.matcher(path);
        if (account.matches() && method.equals("GET")) {
            long id = Long.parseLong(account.group(1));
            return DemoJson.accountDetail(store.accounts().stream().filter(a -> a.id() == id).findFirst()
                    .orElseThrow(() -> new DemoProblem(404, "emailAccount.notFound", "Not Found", "Email account " + id + " was not found.")));
        }
        if (method.equals("GET") && path.equals("/v3/email-templates")) {
            return DemoJson.emailTemplates();
        }
        if (method.equals("GET") && path.equals("/v3/linkedin-accounts")) {
            return DemoJson.linkedInAccounts(store.linkedInUsed());
        }
        if (method.equals("GET") && path.equals("/v3/sequences")) {
            return sequences(query);
        }
        if (method.equals("POST") && path.equals("/v3/tasks/batch/complete")) {
            return batchComplete(json(body));
        }
        if (method.equals("POST") && path.equals("/v3/tasks/batch/assign")) {
            return writes.assignAll(json(body));
        }
        if (method.equals("POST") && path.equals("/v3/tasks")) {
            return committed(writes.create(json(body)));
        }
        Matcher contact = CONTACT_PATH.matcher(path);
        if (contact.matches() && method.equals("GET")) {
            long id = Long.parseLong(contact.group(1));
            return DemoJson.contact(store.contact(id), store.isOptedOut(id));
        }
        Matcher statuses = CONTACT_STATUSES_PATH.matcher(path);
        if (statuses.matches() && method.equals("GET")) {
            long id = Long.parseLong(statuses.group(1));
            return DemoJson.statuses(store.sequencesOf(id), store.isOptedOut(id));
        }
        Matcher task = TASK_PATH.matcher(path);
        if (task.matches()) {
            long id = Long.parseLong(task.group(1));
            String action = task.group(2);
            if (action == null && method.equals("GET")) {
                return detail(store.get(id), query.flag("includeContent"));
            }
            if (action == null && method.equals("PUT")) {
                return detail(writes.update(id, json(body)), false);
            }
            if ("/assigned-user".equals(action) && method.equals("PUT")) {
                return detail(writes.assign(id, json(body)), false);
            }
            if ("/execute".equals(action) && method.equals("POST")) {
                return execute(id, json(body));
            }
            if ("/complete".equals(action) && method.equals("POST")) {
                Integer resolution = enums.read(DemoEnums.CALL_RESOLUTIONS, json(body).get("callResolution"),
                        "callResolution");
                return committed(store.complete(id, resolution, finishProspect(json(body))));
            }
        }
        throw new DemoProblem(404, "route.notFound", "Not Found", method + " " + path + " is not part of this API.");
    }

    private JsonElement filter(Query query, JsonObject filter) {
        int top = pageSize(query);
        int skip = query.integer("skip", 0);
        // The documented window on startAt: from 2000-01-01 to now + 1 year unless the body says otherwise.
        Instant from = optionalInstant(filter, "from", Instant.parse("2000-01-01T00:00:00Z"));
        Instant to = optionalInstant(filter, "to", clock.instant().atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        List<DemoTask> all = store.filter(enums.read(DemoEnums.STATUSES, filter.get("status"), "status"),
                optionalLong(filter, "assignedUserId"),
                enums.read(DemoEnums.TASK_TYPES, filter.get("taskType"), "taskType"), from, to);
        JsonArray items = new JsonArray();
        all.stream().skip(skip).limit(top).map(json::listItem).forEach(items::add);
        return DemoJson.page(items, skip + top < all.size());
    }

    private static int pageSize(Query query) {
        int top = query.integer("top", 25);
        if (top < 1 || top > MAX_PAGE || query.integer("skip", 0) < 0) {
            throw DemoProblem.badRequest("validation.failed", "top must be 1-1000 and skip 0 or more.");
        }
        return top;
    }

    /** {@code my=true} answers the caller's own mailboxes only; otherwise the team's. */
    private JsonElement accounts(Query query) {
        int top = pageSize(query);
        int skip = query.integer("skip", 0);
        boolean mine = query.flag("my");
        List<DemoAccount> all = store.accounts().stream()
                .filter(account -> !mine || account.ownerUserId() == DemoData.USER_ID).toList();
        JsonArray items = new JsonArray();
        all.stream().skip(skip).limit(top).map(DemoJson::account).forEach(items::add);
        return DemoJson.page(items, skip + top < all.size());
    }

    private static JsonElement sequences(Query query) {
        int top = pageSize(query);
        int skip = query.integer("skip", 0);
        List<Map.Entry<Long, String>> all = List.copyOf(DemoData.sequences().entrySet());
        JsonArray items = new JsonArray();
        all.stream().skip(skip).limit(top).forEach(entry -> {
            JsonObject sequence = new JsonObject();
            sequence.addProperty("id", entry.getKey());
            sequence.addProperty("ownerUserId", DemoData.USER_ID);
            sequence.addProperty("name", entry.getValue());
            sequence.addProperty("status", "active");
            items.add(sequence);
        });
        return DemoJson.page(items, skip + top < all.size());
    }

    private JsonElement execute(long id, JsonObject request) {
        String subject = null;
        String body = null;
        if (request.has("content") && request.get("content").isJsonObject()) {
            JsonObject content = request.getAsJsonObject("content");
            subject = optionalString(content, "subject");
            body = optionalString(content, "body");
            if (body != null && body.isBlank()) {
                throw DemoProblem.invalid("content/body", "The message body must not be empty.");
            }
        }
        return committed(store.execute(id, subject, body, optionalLong(request, "emailAccountId")));
    }

    private JsonElement batchComplete(JsonObject request) {
        List<Long> taskIds = DemoWrites.ids(request);
        JsonObject failures = new JsonObject();
        store.completeAll(taskIds).forEach((id, code) -> {
            JsonObject failure = new JsonObject();
            failure.addProperty("error", code);
            failures.add(Long.toString(id), failure);
        });
        return failures;
    }

    /** The task as a read sees it now (a send may not show yet, see {@link DemoOptions#statusLag()}). */
    private JsonElement detail(DemoTask task, boolean includeContent) {
        synchronized (store) {
            return json.detail(task, store.render(task, task.subject), store.render(task, task.body), includeContent,
                    clock.instant());
        }
    }

    /** The answer to the call that changed the task: what it did, lag or not. */
    private JsonElement committed(DemoTask task) {
        synchronized (store) {
            return json.detail(task, task.subject, task.body, false, Instant.MAX);
        }
    }

    /** {@code finishProspectInSequence}: a boolean, false when absent (its documented default); anything else is a 400. */
    private static boolean finishProspect(JsonObject body) {
        JsonElement value = body.get("finishProspectInSequence");
        if (value == null || value.isJsonNull()) {
            return false;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw DemoProblem.invalid("finishProspectInSequence", "finishProspectInSequence must be true or false.");
        }
        return value.getAsBoolean();
    }
}

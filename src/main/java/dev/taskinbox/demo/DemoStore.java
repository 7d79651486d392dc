package dev.taskinbox.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo server's state and its rules for execute and complete. Every method is atomic. */
final class DemoStore {
    private final Clock clock;
    private final Map<Long, DemoTask> tasks = new LinkedHashMap<>();
    private final List<DemoAccount> accounts;
    private final List<SentMessage> sent = new ArrayList<>();
    /** Contacts who opted out. */
    private final java.util.Set<Long> optedOut = new java.util.HashSet<>();
    /** Per contact, per sequence id: "replied" or "bounced". */
    private final Map<Long, Map<Long, String>> dispositions = new LinkedHashMap<>();

    private final Duration statusLag;
    /** LinkedIn steps done today by the demo user's account, by LinkedIn task type (message, connect, InMail, view). */
    private final int[] linkedInUsed = {3, 8, 0, 12};

    DemoStore(Clock clock, int taskCount, DemoOptions.Demands mailboxes, Duration statusLag) {
        this.clock = clock;
        this.statusLag = statusLag;
        this.accounts = DemoData.accounts(mailboxes);
        DemoData.tasks(clock.instant(), DemoData.contacts(), taskCount).forEach(task -> tasks.put(task.id, task));
    }

    synchronized void optOut(long contactId) {
        optedOut.add(contactId);
    }

    /** The contact replied to ({@code "replied"}) or bounced in ({@code "bounced"}) a sequence. */
    synchronized void disposition(long contactId, long sequenceId, String what) {
        dispositions.computeIfAbsent(contactId, id -> new LinkedHashMap<>()).put(sequenceId, what);
    }

    synchronized boolean isOptedOut(long contactId) {
        return optedOut.contains(contactId);
    }

    /** The sequences a contact is in (those of their tasks, and any they replied or bounced in), with what happened there. */
    synchronized Map<Long, String> sequencesOf(long contactId) {
        contact(contactId);   // 404 for a contact that does not exist
        Map<Long, String> in = new LinkedHashMap<>();
        tasks.values().stream().filter(task -> task.contact.id() == contactId && task.sequenceId != null)
                .forEach(task -> in.put(task.sequenceId, ""));
        in.putAll(dispositions.getOrDefault(contactId, Map.of()));
        return in;
    }

    /** Tasks matching the filter with {@code startAt} in [from, to], soonest due first (Reply does not document an order). */
    synchronized List<DemoTask> filter(Integer status, Long assignedUserId, Integer type, Instant from, Instant to) {
        Instant now = clock.instant();
        return tasks.values().stream()
                .filter(task -> assignedUserId == null || task.assignedUserId == assignedUserId)
                .filter(task -> status == null || task.visibleStatus(now) == status)
                .filter(task -> !task.startAt.isBefore(from) && !task.startAt.isAfter(to))
                .filter(task -> type == null || task.type == type)
                .sorted(Comparator.comparing((DemoTask task) -> task.dueTo).thenComparingLong(task -> task.id))
                .toList();
    }

    synchronized DemoTask get(long id) {
        DemoTask task = tasks.get(id);
        if (task == null) {
            throw DemoProblem.notFound("Task " + id);
        }
        return task;
    }

    /** Sends the email or SMS: the given content, or the template rendered against the contact. */
    synchronized DemoTask execute(long id, String subject, String body, Long emailAccountId) {
        DemoTask task = get(id);
        if (!task.isExecutable()) {
            throw DemoProblem.badRequest("task.notExecutable",
                    "Only manual email and SMS tasks can be executed; complete this task instead.");
        }
        requireNew(task);
        Long sender = null;
        if (task.type == DemoTask.MANUAL_EMAIL) {
            // Outside a sequence the rep's pick, else the default, which must be connected to send;
            // a sequence sends from its own mailboxes, which the demo does not model.
            sender = task.sequenceId != null ? defaultAccount()
                    : account(emailAccountId != null ? emailAccountId : defaultAccount()).id();
        }
        String finalSubject = subject != null ? subject : render(task, task.subject);
        String finalBody = body != null ? body : render(task, task.body);
        // Once finished, the template holds the final text (reply-api-v3-tasks.md §2.4).
        task.subject = finalSubject;
        task.body = finalBody;
        finish(task);
        task.finishedShowsFrom = task.finishedAt.plus(statusLag);
        sent.add(new SentMessage(id, sender, finalSubject, finalBody));
        return task;
    }

    synchronized DemoTask complete(long id, Integer callResolution, boolean finishProspect) {
        DemoTask task = get(id);
        requireNew(task);
        task.callResolution = callResolution;
        task.prospectFinished = finishProspect;
        finish(task);
        if (task.type == DemoTask.LINKED_IN && task.linkedInType != null && task.linkedInType < linkedInUsed.length) {
            linkedInUsed[task.linkedInType]++;
        }
        return task;
    }

    /** Completes each task on its own; answers the failures as Reply's batch codes (1 not found, 7 cannot complete). */
    synchronized Map<Long, Integer> completeAll(List<Long> ids) {
        Map<Long, Integer> failures = new LinkedHashMap<>();
        for (long id : ids) {
            DemoTask task = tasks.get(id);
            if (task == null) {
                failures.put(id, 1);
            } else if (task.status != DemoTask.STATUS_NEW) {
                failures.put(id, 7);
            } else {
                finish(task);
            }
        }
        return failures;
    }

    /** A full replacement of the writable fields, allowed only while New; a sequence task keeps its type. */
    synchronized DemoTask update(long id, int type, Instant startAt, Instant dueTo, String subject, String body,
                                 List<Long> attachmentIds) {
        DemoTask task = get(id);
        requireNew(task);
        if (task.sequenceId != null && type != task.type) {
            throw DemoProblem.badRequest("task.typeLocked", "A task created by a sequence keeps its type.");
        }
        if (type != task.type) {
            throw DemoProblem.badRequest("task.typeLocked", "The demo server does not change task types.");
        }
        if (!dueTo.isAfter(startAt)) {
            throw DemoProblem.badRequest("validation.failed", "dueTo must be later than startAt.");
        }
        task.startAt = startAt;
        task.dueTo = dueTo;
        task.subject = subject;
        task.body = body;
        task.attachmentIds.clear();
        task.attachmentIds.addAll(attachmentIds);
        return task;
    }

    /** A task the caller made (POST /v3/tasks): theirs, outside any sequence, New. */
    synchronized DemoTask create(int type, Integer linkedInType, long contactId, Instant startAt, Instant dueTo,
                                 String subject, String body) {
        DemoContact contact;
        try {
            contact = contact(contactId);
        } catch (DemoProblem missing) {
            throw DemoProblem.invalid("contactId", "Contact " + contactId + " does not exist.");
        }
        long id = tasks.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        DemoTask task = new DemoTask(id, type, linkedInType, contact, null, null, startAt, dueTo, subject, body);
        task.createdByClient = true;
        tasks.put(id, task);
        return task;
    }

    /** Hands each task to {@code userId}; answers the ids that do not exist. */
    synchronized List<Long> reassignAll(List<Long> ids, long userId) {
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            DemoTask task = tasks.get(id);
            if (task == null) {
                missing.add(id);
            } else {
                task.assignedUserId = userId;
            }
        }
        return missing;
    }

    /** What the server holds for every task, as tests compare it with what the app shows. */
    synchronized List<ServerTask> snapshots() {
        return tasks.values().stream().map(ServerTask::of).toList();
    }

    synchronized ServerTask snapshot(long id) {
        return ServerTask.of(get(id));
    }

    synchronized DemoTask reassign(long id, long userId) {
        DemoTask task = get(id);
        task.assignedUserId = userId;
        return task;
    }

    synchronized DemoContact contact(long id) {
        return tasks.values().stream().map(task -> task.contact).filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new DemoProblem(404, "contact.notFound", "Not Found", "Contact " + id + " was not found."));
    }

    synchronized int[] linkedInUsed() {
        return linkedInUsed.clone();
    }

    synchronized List<DemoAccount> accounts() {
        return accounts;
    }

    synchronized List<SentMessage> sent() {
        return List.copyOf(sent);
    }

    String render(DemoTask task, String template) {
        return TemplateRenderer.render(template, task.contact.variables());
    }

    private void finish(DemoTask task) {
        task.status = DemoTask.STATUS_FINISHED;
        task.finishedAt = clock.instant();
    }

    private static void requireNew(DemoTask task) {
        if (task.status != DemoTask.STATUS_NEW) {
            throw DemoProblem.badRequest("task.notNew", "Task " + task.id + " is already finished.");
        }
    }

    private DemoAccount account(long id) {
        Optional<DemoAccount> account = accounts.stream().filter(a -> a.id() == id).findFirst();
        if (account.isEmpty()) {
            throw DemoProblem.badRequest("emailAccount.notFound", "Email account " + id + " does not exist.");
        }
        if (!"connected".equals(account.get().connectionStatus())) {
            throw DemoProblem.badRequest("emailAccount.disconnected",
                    "The email account " + account.get().email() + " is disconnected.");
        }
        if (account.get().lockedByProvider()) {
            throw DemoProblem.badRequest("emailAccount.sendingLocked",
                    "The provider of " + account.get().email() + " has locked sending.");
        }
        return account.get();
    }

    private long defaultAccount() {
        return accounts.stream().filter(DemoAccount::isDefault).findFirst().orElseThrow().id();
    }
}

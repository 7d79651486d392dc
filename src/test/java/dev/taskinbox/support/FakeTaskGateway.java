package dev.taskinbox.support;

import dev.taskinbox.task.TeamUser;
import dev.taskinbox.task.Completion;
import java.util.HashMap;
import dev.taskinbox.task.ContactStanding;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.Contact;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory Reply for view-model tests: records every call and fails on request. */
public final class FakeTaskGateway implements TaskGateway {
    public static final Instant DUE = Instant.parse("2026-11-30T10:00:00Z");

    private final Map<Long, TaskDetail> tasks = new LinkedHashMap<>();
    private final List<EmailAccount> accounts = new ArrayList<>(List.of(
            new EmailAccount(11, "sam@acme.example", "Sam", true, true),
            new EmailAccount(12, "sam2@acme.example", "Sam B", false, true),
            new EmailAccount(13, "old@acme.example", "Old", false, false)));
    private final Deque<RuntimeException> failures = new ArrayDeque<>();
    public final List<String> calls = new ArrayList<>();
    public final List<SendRequest> executed = new ArrayList<>();
    public int pageSize = Integer.MAX_VALUE;
    /** Runs as each execute reaches the "server", to look at the app's state at that moment. */
    public Runnable beforeExecute = () -> { };
    public BudgetState budget = new BudgetState(Map.of(), 0, 100, DUE, null);

    public FakeTaskGateway add(TaskDetail task) {
        tasks.put(task.id(), task);
        return this;
    }

    public static TaskDetail task(long id, TaskType type, Long sequenceId) {
        DeliveryTarget target = switch (type) {
            case MANUAL_EMAIL -> new DeliveryTarget("p" + id + "@example.com", null, null);
            case SMS, CALL -> new DeliveryTarget(null, "+1 555 0100", null);
            default -> DeliveryTarget.NONE;
        };
        return new TaskDetail(id, type, TaskStatus.NEW, null, 1L, sequenceId, sequenceId == null ? "" : "Step 1",
                DUE.minusSeconds(3600), DUE, null, false, false,
                new MessageContent("Hi {{firstName}}", "<p>Hello {{firstName}}</p>"),
                new MessageContent("Hi Ann", "<p>Hello Ann</p>"), target);
    }

    private RuntimeException afterCommit;

    /** The next execute takes effect and then throws this, like a timeout after the server committed. */
    public void failAfterCommit(GatewayException failure) {
        afterCommit = failure;
    }

    /** The next call throws this (once). */
    public void failNext(GatewayException failure) {
        failures.add(failure);
    }

    /** From now on the rep's mailboxes are these. */
    public synchronized void setAccounts(List<EmailAccount> now) {
        accounts.clear();
        accounts.addAll(now);
    }

    /** Pages answered as they are, by their offset, instead of from the tasks. */
    public final Map<Integer, TaskPage> scriptedPages = new java.util.HashMap<>();

    /** The call named so ("filter skip=2") throws this, once. */
    public final Map<String, GatewayException> failOn = new java.util.HashMap<>();

    private synchronized void call(String what) {
        calls.add(what);
        GatewayException planned = failOn.remove(what);
        if (planned != null) {
            throw planned;
        }
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
    }

    @Override
    public CurrentUser currentUser() {
        call("whoami");
        return new CurrentUser(1001, "Sam Seller");
    }

    @Override
    public TaskPage pendingTasks(long assignedUserId, int skip, int top) {
        call("filter skip=" + skip);
        if (scriptedPages.containsKey(skip)) {
            return scriptedPages.get(skip);
        }
        List<TaskSummary> pending = tasks.values().stream().filter(t -> t.status() == TaskStatus.NEW)
                .map(t -> new TaskSummary(t.id(), t.type(), t.status(), t.linkedInAction(), "Contact " + t.id(),
                        t.startAt(), t.dueTo(), t.finishedAt(), t.sequenceId(), false, t.contactId()))
                .toList();
        int size = Math.min(top, pageSize);
        List<TaskSummary> page = pending.stream().skip(skip).limit(size).toList();
        return new TaskPage(page, skip + size < pending.size());
    }

    @Override
    public TaskDetail task(long taskId, Priority priority) {
        call((priority == Priority.PREFETCH ? "prefetch " : "get ") + taskId);
        return existing(taskId);
    }

    @Override
    public TaskDetail execute(long taskId, SendRequest request) {
        call("execute " + taskId);
        beforeExecute.run();
        executed.add(request);
        TaskDetail done = finish(existing(taskId));
        if (afterCommit != null) {
            RuntimeException failure = afterCommit;
            afterCommit = null;
            throw failure;
        }
        return done;
    }

    @Override
    public TaskDetail complete(long taskId, Completion completion) {
        CallOutcome outcome = completion.outcome();
        call("complete " + taskId + (outcome == null ? "" : " as " + outcome) + (completion.finishProspect() ? " finishing the prospect" : ""));
        return finish(existing(taskId));
    }

    @Override
    public List<EmailAccount> myEmailAccounts() {
        call("accounts");
        return List.copyOf(accounts);
    }

    @Override
    public Map<Long, String> completeAll(Collection<Long> taskIds) {
        call("complete all " + taskIds);
        Map<Long, String> failed = new LinkedHashMap<>();
        for (long id : taskIds) {
            TaskDetail task = tasks.get(id);
            if (task == null || task.status() != TaskStatus.NEW) {
                failed.put(id, task == null ? "Not found: deleted, or not yours." : "Cannot be completed: it is already finished.");
            } else {
                finish(task);
            }
        }
        return failed;
    }

    @Override
    public TaskDetail reschedule(long taskId, Instant startAt, Instant dueTo) {
        call("reschedule " + taskId);
        TaskDetail t = existing(taskId);
        TaskDetail moved = new TaskDetail(t.id(), t.type(), t.status(), t.linkedInAction(), t.contactId(), t.sequenceId(),
                t.stepName(), startAt, dueTo, t.finishedAt(), t.failed(), t.scheduled(), t.template(), t.content(), t.target());
        tasks.put(taskId, moved);
        return moved;
    }

    @Override
    public TaskDetail reassign(long taskId, long userId) {
        call("reassign " + taskId + " to " + userId);
        return existing(taskId);
    }

    @Override
    public Map<Long, String> reassignAll(Collection<Long> taskIds, long userId) {
        call("reassign all " + taskIds + " to " + userId);
        Map<Long, String> failed = new LinkedHashMap<>();
        taskIds.stream().filter(id -> !tasks.containsKey(id)).forEach(id -> failed.put(id, "Not found: deleted, or not yours."));
        return failed;
    }

    /** The tasks the app created, in order. */
    public final List<NewTask> created = new ArrayList<>();

    @Override
    public TaskDetail create(NewTask task) {
        call("create " + task.type() + " for " + task.contactId());
        created.add(task);
        long id = tasks.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        TaskDetail made = new TaskDetail(id, task.type(), TaskStatus.NEW, task.linkedInAction(), task.contactId(), null, "",
                task.startAt(), task.dueTo(), null, false, false, new MessageContent(task.subject(), task.body()),
                new MessageContent(task.subject(), task.body()), DeliveryTarget.NONE);
        tasks.put(id, made);
        return made;
    }

    /** The rep's team, for handing tasks over. */
    public final List<TeamUser> team = new ArrayList<>(List.of(new TeamUser(1001, "Sam Seller", "sam@example.com"),
            new TeamUser(1002, "Riley Rep", "riley@example.com")));

    @Override
    public List<TeamUser> teamUsers() {
        call("team users");
        return List.copyOf(team);
    }

    /** What Reply says about each contact; anyone not here may be written to. */
    public final Map<Long, ContactStanding> standings = new HashMap<>();
    /** When set, every contact-standing read fails with it. */
    public GatewayException standingFailure;

    @Override
    public ContactStanding contactStanding(long contactId) {
        call("contact standing " + contactId);
        if (standingFailure != null) {
            throw standingFailure;
        }
        return standings.getOrDefault(contactId, new ContactStanding(false, List.of(), true));
    }

    /** The time zone every contact has, or null for none. */
    public String contactZone;
    public String contactPhone;

    @Override
    public Optional<Contact> contact(long contactId) {
        call("contact " + contactId);
        return contactZone == null && contactPhone == null ? Optional.empty()
                : Optional.of(new Contact(contactId, "Ann", "Lee", null, contactPhone, null, null, null, contactZone,
                        java.util.Map.of("firstName", "Ann", "lastName", "Lee")));
    }

    @Override
    public BudgetState budgetState() {
        return budget;
    }

    private TaskDetail existing(long taskId) {
        TaskDetail task = tasks.get(taskId);
        if (task == null) {
            throw new GatewayException(GatewayException.Kind.NOT_FOUND, "Reply could not find this task.",
                    new GatewayException.ServerProblem("Not Found", "", GatewayException.TASK_NOT_FOUND, List.of()), null, null);
        }
        return task;
    }

    /** The task is finished on the "server" without this app (the web app, the sequence, a teammate). */
    public synchronized void finishElsewhere(long taskId) {
        finish(existing(taskId));
    }

    private TaskDetail finish(TaskDetail t) {
        TaskDetail done = new TaskDetail(t.id(), t.type(), TaskStatus.FINISHED, t.linkedInAction(), t.contactId(),
                t.sequenceId(), t.stepName(), t.startAt(), t.dueTo(), DUE, false, false, t.template(), null, t.target());
        tasks.put(t.id(), done);
        return done;
    }
}

package dev.taskinbox.api;

import dev.taskinbox.task.TeamUser;
import dev.taskinbox.task.Completion;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.Contact;
import dev.taskinbox.task.ContactStanding;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.GatewayException.Kind;
import dev.taskinbox.task.GatewayException.ServerProblem;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.SendRequest;
import com.google.gson.JsonElement;
import dev.taskinbox.task.EmailTemplate;
import dev.taskinbox.task.LinkedInAccount;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link TaskGateway} over Reply API v3: what each call sends and how its answer maps to the
 * domain. How a call travels (budget, wire form, retries) is {@link ReplyCalls}' job.
 */
public final class ReplyTaskGateway implements TaskGateway {
    private static final int ACCOUNT_PAGE_SIZE = 100;
    /** Sequences page up to 1,000 at a time (reply-api-v3-tasks.md §3.15). */
    private static final int SEQUENCE_PAGE_SIZE = 1000;

    private final ReplyCalls calls;
    private final TaskWrites writes;
    private final AtomicReference<String> apiKey;

    private ReplyTaskGateway(ReplyCalls calls, AtomicReference<String> apiKey) {
        this.calls = calls;
        this.writes = new TaskWrites(calls);
        this.apiKey = apiKey;
    }

    public static ReplyTaskGateway create(ApiEndpoint endpoint, String apiKey) {
        return create(endpoint, apiKey, ClientOptions.defaults());
    }

    /**
     * A gateway for the API root (e.g. {@code https://api.reply.io}); the client adds {@code /v3/...}.
     * {@link ApiEndpoint} has already made sure the key travels only over HTTPS or to loopback.
     */
    public static ReplyTaskGateway create(ApiEndpoint endpoint, String apiKey, ClientOptions options) {
        AtomicReference<String> key = new AtomicReference<>(Objects.requireNonNull(apiKey, "apiKey"));
        return new ReplyTaskGateway(ReplyCalls.create(endpoint, key, options), key);
    }

    /** The form requests go in now (it may have changed after a 401 or an enum complaint). */
    public WireForm form() {
        return calls.form();
    }

    /** The rep gave a new key: every call held by a 401 goes again with it, in both auth schemes if need be. */
    public void useKey(String newKey) {
        apiKey.set(Objects.requireNonNull(newKey));
        calls.newKey();
    }

    /** The rep declined to give a key: the held calls fail as unauthorized. */
    public void declineKey() {
        calls.declineKey();
    }

    // ---- TaskGateway ----------------------------------------------------------------------------

    /**
     * Also the connection check: a 401 tries the other auth scheme once; when both are refused it
     * waits for a new key (if the app asks the rep for one) and tries again.
     */
    @Override
    public CurrentUser currentUser() {
        return WireMapper.user(calls.call(Priority.LIST, RetryPolicy.READ, false, ReplyApi::whoAmI));
    }

    @Override
    public TaskPage pendingTasks(long assignedUserId, int skip, int top) {
        Wire.TaskListPage page = calls.call(Priority.LIST, RetryPolicy.READ, true,
                api -> api.filterTasks(top, skip, new Wire.TaskFilter(TaskStatus.NEW, assignedUserId)));
        List<Wire.TaskListItem> items = page.items() == null ? List.of() : page.items();
        // One entry without an id must not hide the page: show the rest and count what was left out.
        List<TaskSummary> readable = items.stream().filter(item -> item != null && item.id() != null)
                .map(WireMapper::summary).toList();
        return new TaskPage(readable, Boolean.TRUE.equals(page.hasMore()), items.size() - readable.size());
    }

    @Override
    public TaskDetail task(long taskId, Priority priority) {
        try {
            return WireMapper.detail(calls.call(priority, RetryPolicy.READ, false, api -> api.task(taskId, true)));
        } catch (GatewayException missing) {
            throw asTaskGone(missing);
        }
    }

    @Override
    public TaskDetail execute(long taskId, SendRequest request) {
        Wire.Content content = request.content() == null
                ? null
                : new Wire.Content(request.content().subject(), request.content().body());
        Wire.ExecuteBody body = new Wire.ExecuteBody(content, request.emailAccountId());
        return WireMapper.detail(calls.call(Priority.SEND, RetryPolicy.WRITE, false, api -> api.execute(taskId, body)));
    }

    @Override
    public TaskDetail complete(long taskId, Completion completion) {
        // finishProspectInSequence is sent only when asked for: its default (false) needs no words.
        Wire.CompleteBody body = new Wire.CompleteBody(completion.outcome(), completion.finishProspect() ? Boolean.TRUE : null);
        return WireMapper.detail(calls.call(Priority.SEND, RetryPolicy.WRITE, completion.outcome() != null,
                api -> api.complete(taskId, body)));
    }

    @Override
    public Map<Long, String> completeAll(Collection<Long> taskIds) {
        return writes.completeAll(taskIds);
    }

    @Override
    public TaskDetail reschedule(long taskId, Instant startAt, Instant dueTo) {
        return writes.reschedule(taskId, startAt, dueTo);
    }

    @Override
    public TaskDetail reassign(long taskId, long userId) {
        return writes.reassign(taskId, userId);
    }

    @Override
    public Map<Long, String> reassignAll(Collection<Long> taskIds, long userId) {
        return writes.reassignAll(taskIds, userId);
    }

    @Override
    public TaskDetail create(NewTask task) {
        return writes.create(task);
    }

    @Override
    public List<EmailAccount> myEmailAccounts() {
        List<EmailAccount> accounts = new ArrayList<>();
        boolean hasMore = true;
        while (hasMore) {
            int skip = accounts.size();
            Wire.EmailAccountPage page = calls.call(Priority.LIST, RetryPolicy.READ, false,
                    api -> api.emailAccounts(true, ACCOUNT_PAGE_SIZE, skip));
            List<Wire.EmailAccount> items = page.items() == null ? List.of() : page.items();
            items.stream().filter(Objects::nonNull).map(WireMapper::account).forEach(accounts::add);
            // An empty page that claims more would loop for ever; stop there.
            hasMore = Boolean.TRUE.equals(page.hasMore()) && !items.isEmpty();
        }
        return List.copyOf(accounts.stream().map(this::withHealth).toList());
    }

    /**
     * Each connected account's detail says whether it can really send (locked by its provider, a
     * sending error). A detail that cannot be read leaves the account as the list had it.
     */
    private EmailAccount withHealth(EmailAccount listed) {
        if (!listed.connected()) {
            return listed;
        }
        try {
            return WireMapper.withDetail(listed, calls.call(Priority.LIST, RetryPolicy.READ, false,
                    api -> api.emailAccount(listed.id())));
        } catch (GatewayException unreadable) {
            if (unreadable.kind() == Kind.CANCELLED) {
                throw unreadable;
            }
            return listed;
        }
    }

    @Override
    public Map<Long, String> sequenceNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        try {
            boolean hasMore = true;
            while (hasMore) {
                int skip = names.size();
                Wire.SequencePage page = calls.call(Priority.LIST, RetryPolicy.READ, false,
                        api -> api.sequences(SEQUENCE_PAGE_SIZE, skip));
                List<Wire.Sequence> items = page.items() == null ? List.of() : page.items();
                items.stream().filter(s -> s != null && s.id() != null)
                        .forEach(s -> names.put(s.id(), s.name() == null || s.name().isBlank() ? "Sequence " + s.id() : s.name()));
                hasMore = Boolean.TRUE.equals(page.hasMore()) && !items.isEmpty();
            }
        } catch (GatewayException unavailable) {
            // Names are a nicety: without them the filter shows sequence numbers.
            if (unavailable.kind() != Kind.NOT_FOUND && unavailable.kind() != Kind.FORBIDDEN) {
                throw unavailable;
            }
        }
        return names;
    }

    @Override
    public Optional<Contact> contact(long contactId) {
        try {
            return Optional.of(WireMapper.contact(calls.call(Priority.PREFETCH, RetryPolicy.READ, false,
                    api -> api.contact(contactId))));
        } catch (GatewayException missing) {
            // Not every Reply deployment offers GET /v3/contacts/{id} (reply-api-v3-tasks.md §3.14).
            if (missing.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw missing;
        }
    }

    @Override
    public List<LinkedInAccount> linkedInAccounts() {
        return optionalList(ReplyApi::linkedInAccounts, WireMapper::linkedInAccounts);
    }

    @Override
    public List<EmailTemplate> emailTemplates() {
        return optionalList(ReplyApi::emailTemplates, WireMapper::emailTemplates);
    }

    /** A list some Reply deployments or keys do not offer (404 or 403): then simply none, in the lowest lane. */
    private <T> List<T> optionalList(java.util.function.Function<ReplyApi, retrofit2.Call<JsonElement>> request,
                                     java.util.function.Function<JsonElement, List<T>> read) {
        try {
            return read.apply(calls.call(Priority.PREFETCH, RetryPolicy.READ, false, request));
        } catch (GatewayException unavailable) {
            if (unavailable.kind() == Kind.NOT_FOUND || unavailable.kind() == Kind.FORBIDDEN) {
                return List.of();
            }
            throw unavailable;
        }
    }

    @Override
    public List<TeamUser> teamUsers() {
        return WireMapper.teamUsers(calls.call(Priority.LIST, RetryPolicy.READ, false, ReplyApi::teamUsers));
    }

    @Override
    public ContactStanding contactStanding(long contactId) {
        try {
            Wire.ContactStatuses statuses = calls.call(Priority.PREVIEW, RetryPolicy.READ, false,
                    api -> api.contactStatuses(contactId));
            return WireMapper.standing(statuses);
        } catch (GatewayException missing) {
            if (missing.kind() != Kind.NOT_FOUND || missing.hasCode("contact.notFound")) {
                throw missing;
            }
            // The statuses page is newer than the contact record: where it is missing, the record
            // still says whether they opted out (replies then stay unknown, and the rep is told).
            Wire.Contact record = calls.call(Priority.PREVIEW, RetryPolicy.READ, false, api -> api.contact(contactId));
            return WireMapper.standingFromRecord(record);
        }
    }

    @Override
    public void dropQueuedPrefetches() {
        calls.options().budget().cancelLane(Priority.PREFETCH);
    }

    @Override
    public BudgetState budgetState() {
        return calls.options().budget().state();
    }

    /**
     * A 404 on reading the task itself means the task is gone, unless its code names something
     * else (a wrong route, say): then the task stays and the rep reads what is missing.
     */
    private static GatewayException asTaskGone(GatewayException failure) {
        if (failure.kind() != Kind.NOT_FOUND || !failure.problem().code().isEmpty()) {
            return failure;
        }
        ServerProblem said = failure.problem();
        return new GatewayException(Kind.NOT_FOUND, "Reply could not find this task — it may have been deleted.",
                new ServerProblem(said.title(), said.detail(), GatewayException.TASK_NOT_FOUND, said.fieldErrors()),
                null, failure);
    }
}

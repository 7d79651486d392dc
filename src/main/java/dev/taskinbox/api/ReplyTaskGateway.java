package dev.taskinbox.api;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.Contact;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.GatewayException.Kind;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * {@link TaskGateway} over Reply API v3 with Retrofit and Gson: every call waits its turn in the
 * {@link RequestBudget}, is classified by {@link FailureClassifier}, and is repeated only as far as
 * {@link RetryPolicy} allows.
 */
public final class ReplyTaskGateway implements TaskGateway {
    private static final int ACCOUNT_PAGE_SIZE = 100;
    static final int BATCH_SIZE = 100;
    /** A request sent back by this many 429s in a row is given up, so the rep hears about it. */
    private static final int MAX_RATE_LIMITED = 5;
    private static final Instant EARLIEST_START = Instant.parse("2015-01-01T00:00:00Z");

    private final ReplyApi api;
    private final FailureClassifier failures;
    private final ApiKeyInterceptor auth;
    private final DialectTracker dialect;
    private final ClientOptions options;
    private final KeyGate keyGate;

    private ReplyTaskGateway(ReplyApi api, ApiKeyInterceptor auth, DialectTracker dialect, ClientOptions options) {
        this.api = api;
        this.auth = auth;
        this.dialect = dialect;
        this.options = options;
        this.failures = new FailureClassifier(options.clock());
        this.keyGate = options.onUnauthorized() == null ? null : new KeyGate(options.onUnauthorized());
    }

    public static ReplyTaskGateway create(ApiEndpoint endpoint, String apiKey) {
        return create(endpoint, apiKey, ClientOptions.defaults());
    }

    /**
     * A gateway for the API root (e.g. {@code https://api.reply.io}); the client adds {@code /v3/...}.
     * {@link ApiEndpoint} has already made sure the key travels only over HTTPS or to loopback.
     */
    public static ReplyTaskGateway create(ApiEndpoint endpoint, String apiKey, ClientOptions options) {
        Objects.requireNonNull(apiKey, "apiKey");
        ApiKeyInterceptor auth = new ApiKeyInterceptor(apiKey, options.authScheme());
        OkHttpClient http = new OkHttpClient.Builder()
                // Execute sends a real message and is not idempotent: OkHttp must never replay it.
                .retryOnConnectionFailure(false)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(options.readTimeout())
                .writeTimeout(Duration.ofSeconds(30))
                .addInterceptor(auth)
                .build();
        DialectTracker dialect = new DialectTracker(options.pinnedDialect());
        Gson gson = ReplyJson.create(dialect);
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(baseUrl(endpoint))
                .client(http)
                .addConverterFactory(GsonConverterFactory.create(gson))
                .build();
        return new ReplyTaskGateway(retrofit.create(ReplyApi.class), auth, dialect, options);
    }

    private static HttpUrl baseUrl(ApiEndpoint endpoint) {
        String root = endpoint.root().toString();
        return HttpUrl.get(root.endsWith("/") ? root : root + "/");
    }

    /** The scheme the key is sent in now (it may have switched after a 401). */
    public AuthScheme authScheme() {
        return auth.scheme();
    }

    /**
     * The rep gave a new key: every call held by a 401 goes again with it (the connection check
     * tries both auth schemes again too).
     */
    public void useKey(String apiKey) {
        auth.useKey(Objects.requireNonNull(apiKey));
        if (keyGate != null) {
            keyGate.newKey();
        }
    }

    /** The rep declined to give a key: the held calls fail as unauthorized. */
    public void declineKey() {
        if (keyGate != null) {
            keyGate.declined();
        }
    }

    /** The enum dialect requests are written in now. */
    public EnumDialect dialect() {
        return dialect.current();
    }

    // ---- TaskGateway ----------------------------------------------------------------------------

    /**
     * Also the connection check: on a 401 in the seed's {@code X-API-Key} it tries {@code Bearer}
     * once, keeps whichever works and reports it through {@link ClientOptions#onAuthLearned()}.
     * When both are refused it waits for a new key (if the app asks the rep for one) and tries again.
     */
    @Override
    public CurrentUser currentUser() {
        while (true) {
            int keyInUse = keyGate == null ? 0 : keyGate.generation();
            GatewayException refused;
            try {
                return WireMapper.user(call(Priority.LIST, RetryPolicy.READ, api::whoAmI, false));
            } catch (GatewayException failure) {
                if (failure.kind() != Kind.UNAUTHORIZED) {
                    throw failure;
                }
                refused = failure;
            }
            AuthScheme first = auth.scheme();
            auth.use(first == AuthScheme.X_API_KEY ? AuthScheme.BEARER : AuthScheme.X_API_KEY);
            try {
                CurrentUser user = WireMapper.user(call(Priority.LIST, RetryPolicy.READ, api::whoAmI, false));
                options.onAuthLearned().accept(auth.scheme());
                return user;
            } catch (GatewayException alsoRefused) {
                auth.use(first);
                if (alsoRefused.kind() != Kind.UNAUTHORIZED) {
                    throw alsoRefused;
                }
            }
            if (keyGate == null || !keyGate.awaitNewKey(keyInUse)) {
                throw refused;
            }
        }
    }

    @Override
    public TaskPage pendingTasks(long assignedUserId, int skip, int top) {
        Wire.TaskListPage page = call(Priority.LIST, RetryPolicy.READ,
                () -> api.filterTasks(top, skip, new Wire.TaskFilter(TaskStatus.NEW, assignedUserId)));
        List<Wire.TaskListItem> items = page.items() == null ? List.of() : page.items();
        // One entry without an id must not hide the page: show the rest and count what was left out.
        List<TaskSummary> readable = items.stream().filter(item -> item != null && item.id() != null)
                .map(WireMapper::summary).toList();
        return new TaskPage(readable, Boolean.TRUE.equals(page.hasMore()), items.size() - readable.size());
    }

    @Override
    public TaskDetail task(long taskId, Priority priority) {
        return WireMapper.detail(call(priority, RetryPolicy.READ, () -> api.task(taskId, true)));
    }

    @Override
    public TaskDetail execute(long taskId, SendRequest request) {
        Wire.Content content = request.content() == null
                ? null
                : new Wire.Content(request.content().subject(), request.content().body());
        Wire.ExecuteBody body = new Wire.ExecuteBody(content, request.emailAccountId());
        return WireMapper.detail(call(Priority.SEND, RetryPolicy.WRITE, () -> api.execute(taskId, body)));
    }

    @Override
    public TaskDetail complete(long taskId, CallOutcome outcome) {
        return WireMapper.detail(call(Priority.SEND, RetryPolicy.WRITE,
                () -> api.complete(taskId, new Wire.CompleteBody(outcome))));
    }

    @Override
    public Map<Long, String> completeAll(Collection<Long> taskIds) {
        List<Long> ids = List.copyOf(taskIds);
        Map<Long, String> notCompleted = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE));
            JsonObject answer = call(Priority.SEND, RetryPolicy.WRITE,
                    () -> api.batchComplete(new Wire.BatchIds(chunk)));
            notCompleted.putAll(BatchFailures.read(answer));
        }
        return notCompleted;
    }

    @Override
    public TaskDetail reschedule(long taskId, Instant startAt, Instant dueTo) {
        if (startAt.isBefore(EARLIEST_START) || !dueTo.isAfter(startAt)) {
            throw new GatewayException(Kind.REJECTED,
                    "The new time does not work: the start must be after 2015 and the due time after the start.");
        }
        // Reply replaces the whole task on update: read it as stored, change only the dates.
        Wire.TaskDetail stored = call(Priority.SEND, RetryPolicy.READ, () -> api.rawTask(taskId));
        if (stored.status() != TaskStatus.NEW) {
            throw new GatewayException(Kind.REJECTED, "Only tasks that are still to do can be moved.");
        }
        if (stored.taskType() == null || stored.taskType() == TaskType.UNKNOWN) {
            throw new GatewayException(Kind.REJECTED, "This kind of task cannot be moved from the app.");
        }
        Wire.TaskUpdate update = new Wire.TaskUpdate(stored.taskType(), startAt, dueTo,
                stored.template() == null ? new Wire.Template(null, "", List.of()) : stored.template(),
                stored.contactId(), stored.linkedInTaskType());
        return WireMapper.detail(call(Priority.SEND, RetryPolicy.WRITE, () -> api.updateTask(taskId, update)));
    }

    @Override
    public TaskDetail reassign(long taskId, long userId) {
        return WireMapper.detail(call(Priority.SEND, RetryPolicy.WRITE,
                () -> api.reassign(taskId, new Wire.AssignBody(userId))));
    }

    @Override
    public List<EmailAccount> myEmailAccounts() {
        List<EmailAccount> accounts = new ArrayList<>();
        boolean hasMore = true;
        while (hasMore) {
            int skip = accounts.size();
            Wire.EmailAccountPage page = call(Priority.LIST, RetryPolicy.READ,
                    () -> api.emailAccounts(true, ACCOUNT_PAGE_SIZE, skip));
            List<Wire.EmailAccount> items = page.items() == null ? List.of() : page.items();
            items.stream().filter(Objects::nonNull).map(WireMapper::account).forEach(accounts::add);
            // An empty page that claims more would loop for ever; stop there.
            hasMore = Boolean.TRUE.equals(page.hasMore()) && !items.isEmpty();
        }
        return List.copyOf(accounts);
    }

    @Override
    public Map<Long, String> sequenceNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        try {
            boolean hasMore = true;
            while (hasMore) {
                int skip = names.size();
                Wire.SequencePage page = call(Priority.LIST, RetryPolicy.READ, () -> api.sequences(ACCOUNT_PAGE_SIZE, skip));
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
            return Optional.of(WireMapper.contact(call(Priority.PREFETCH, RetryPolicy.READ, () -> api.contact(contactId))));
        } catch (GatewayException missing) {
            // Not every Reply deployment offers GET /v3/contacts/{id} (reply-api-v3-tasks.md §3.14).
            if (missing.kind() == Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw missing;
        }
    }

    @Override
    public void dropQueuedPrefetches() {
        options.budget().cancelLane(Priority.PREFETCH);
    }

    @Override
    public BudgetState budgetState() {
        return options.budget().state();
    }

    // ---- One call -------------------------------------------------------------------------------

    private <T> T call(Priority lane, RetryPolicy policy, Supplier<Call<T>> request) {
        return call(lane, policy, request, true);
    }

    /**
     * Waits for the budget, runs the call, and repeats it as far as the policy allows. A 401 holds
     * the call at the key gate (when {@code waitForKey} and the app asks for keys) and repeats it
     * with the new key: nothing was processed, so even an execute may go again.
     */
    private <T> T call(Priority lane, RetryPolicy policy, Supplier<Call<T>> request, boolean waitForKey) {
        int failedTries = 0;
        int rateLimited = 0;
        boolean keepTurn = false;
        while (true) {
            options.budget().acquire(lane, keepTurn);
            keepTurn = false;
            int keyInUse = keyGate == null ? 0 : keyGate.generation();
            try {
                return once(request.get());
            } catch (GatewayException failure) {
                if (failure.kind() == Kind.UNAUTHORIZED && waitForKey && keyGate != null
                        && keyGate.awaitNewKey(keyInUse)) {
                    keepTurn = true;
                    continue;
                }
                if (failure.kind() == Kind.RATE_LIMITED && ++rateLimited <= MAX_RATE_LIMITED) {
                    // Not processed: everything waits out Retry-After, then this request goes first in its lane.
                    options.budget().pause(failure.retryAfter().orElse(RetryAfter.FALLBACK));
                    keepTurn = true;
                    continue;
                }
                if (!policy.retries(failure.kind()) || ++failedTries >= RetryPolicy.MAX_TRIES) {
                    throw failure;
                }
                pauseBeforeRetry(failedTries);
            }
        }
    }

    private void pauseBeforeRetry(int failedTries) {
        try {
            options.sleeper().sleep(RetryPolicy.backoff(failedTries));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new GatewayException(Kind.CANCELLED, "The request was dropped before it was tried again.");
        }
    }

    private <T> T once(Call<T> call) {
        Response<T> response;
        try {
            response = call.execute();
        } catch (Exception failure) {
            throw failures.fromException(failure);
        }
        if (!response.isSuccessful()) {
            throw failures.fromResponse(response);
        }
        T body = response.body();
        if (body == null) {
            throw new GatewayException(Kind.MALFORMED, "Reply sent an empty answer.");
        }
        return body;
    }

    /** Reads the batch answer: a map of task id to a failure, codes per reply-api-v3-tasks.md §3.8. */
    static final class BatchFailures {
        private BatchFailures() {
        }

        static Map<Long, String> read(JsonObject answer) {
            Map<Long, String> failed = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> entry : answer.entrySet()) {
                long id;
                try {
                    id = Long.parseLong(entry.getKey().strip());
                } catch (NumberFormatException notAnId) {
                    continue;
                }
                failed.put(id, reason(entry.getValue()));
            }
            return failed;
        }

        private static String reason(JsonElement value) {
            JsonElement code = value;
            if (value != null && value.isJsonObject()) {
                JsonObject item = value.getAsJsonObject();
                code = item.has("error") ? item.get("error") : item.get("code");
                JsonElement message = item.get("message");
                if (message != null && message.isJsonPrimitive() && !message.getAsString().isBlank()) {
                    return message.getAsString().strip();
                }
            }
            String text = code != null && code.isJsonPrimitive() ? code.getAsString().strip() : "";
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "1", "notfound" -> "Not found: deleted, or not yours.";
                case "7", "cannotcomplete" -> "Cannot be completed: it is already finished.";
                case "3", "forbidden" -> "You are not allowed to complete it.";
                default -> text.isEmpty() ? "Not completed." : "Not completed (code " + text + ").";
            };
        }
    }
}

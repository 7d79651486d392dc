package dev.taskinbox.api;

import com.google.gson.Gson;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** {@link TaskGateway} over Reply API v3 with Retrofit and Gson. */
public final class ReplyTaskGateway implements TaskGateway {
    private static final int ACCOUNT_PAGE_SIZE = 100;

    private final ReplyApi api;
    private final FailureClassifier failures;

    private ReplyTaskGateway(ReplyApi api, Gson gson) {
        this.api = api;
        this.failures = new FailureClassifier(gson);
    }

    /**
     * A gateway for the API root {@code apiRoot} (e.g. {@code https://api.reply.io}); the client adds
     * {@code /v3/...}. The key is checked by {@link ApiEndpoint} to travel only over HTTPS or loopback.
     */
    public static ReplyTaskGateway create(ApiEndpoint endpoint, String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        OkHttpClient http = new OkHttpClient.Builder()
                // Execute sends a real message and is not idempotent: OkHttp must never replay it.
                .retryOnConnectionFailure(false)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .addInterceptor(new ApiKeyInterceptor(apiKey))
                .build();
        Gson gson = ReplyJson.create(() -> EnumDialect.INTEGERS);
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(baseUrl(endpoint))
                .client(http)
                .addConverterFactory(GsonConverterFactory.create(gson))
                .build();
        return new ReplyTaskGateway(retrofit.create(ReplyApi.class), gson);
    }

    private static HttpUrl baseUrl(ApiEndpoint endpoint) {
        String root = endpoint.root().toString();
        return HttpUrl.get(root.endsWith("/") ? root : root + "/");
    }

    @Override
    public CurrentUser currentUser() {
        return WireMapper.user(call(api.whoAmI()));
    }

    @Override
    public TaskPage pendingTasks(long assignedUserId, int skip, int top) {
        Wire.TaskListPage page = call(api.filterTasks(top, skip, new Wire.TaskFilter(TaskStatus.NEW, assignedUserId)));
        List<Wire.TaskListItem> items = page.items() == null ? List.of() : page.items();
        return new TaskPage(items.stream().map(WireMapper::summary).toList(), Boolean.TRUE.equals(page.hasMore()));
    }

    @Override
    public TaskDetail task(long taskId) {
        return WireMapper.detail(call(api.task(taskId, true)));
    }

    @Override
    public TaskDetail execute(long taskId, SendRequest request) {
        Wire.Content content = request.content() == null
                ? null
                : new Wire.Content(request.content().subject(), request.content().body());
        return WireMapper.detail(call(api.execute(taskId, new Wire.ExecuteBody(content, request.emailAccountId()))));
    }

    @Override
    public TaskDetail complete(long taskId) {
        return WireMapper.detail(call(api.complete(taskId, new Wire.CompleteBody())));
    }

    @Override
    public List<EmailAccount> myEmailAccounts() {
        List<EmailAccount> accounts = new ArrayList<>();
        boolean hasMore = true;
        while (hasMore) {
            Wire.EmailAccountPage page = call(api.emailAccounts(true, ACCOUNT_PAGE_SIZE, accounts.size()));
            List<Wire.EmailAccount> items = page.items() == null ? List.of() : page.items();
            items.stream().map(WireMapper::account).forEach(accounts::add);
            // An empty page that claims more would loop for ever; stop there.
            hasMore = Boolean.TRUE.equals(page.hasMore()) && !items.isEmpty();
        }
        return List.copyOf(accounts);
    }

    /** Runs one call and turns every failure into a classified {@link GatewayException}. */
    private <T> T call(Call<T> call) {
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
            throw new GatewayException(GatewayException.Kind.MALFORMED, "Reply sent an empty answer.");
        }
        return body;
    }
}

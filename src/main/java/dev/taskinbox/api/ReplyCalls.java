package dev.taskinbox.api;

import com.google.gson.Gson;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.GatewayException.Kind;
import dev.taskinbox.task.Priority;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * One call to Reply, done right: it waits its turn in the {@link RequestBudget}, goes in the
 * {@link WireForm} the server takes ({@link FormNegotiator}), is classified by
 * {@link FailureClassifier}, and is repeated only as far as {@link RetryPolicy} allows.
 */
final class ReplyCalls {
    /** A request sent back by this many 429s in a row is given up, so the rep hears about it. */
    private static final int MAX_RATE_LIMITED = 5;

    private final Map<WireForm, ReplyApi> apis;
    private final FormNegotiator forms;
    private final FailureClassifier failures;
    private final ClientOptions options;
    private final KeyGate keyGate;

    private ReplyCalls(Map<WireForm, ReplyApi> apis, ClientOptions options) {
        this.apis = apis;
        this.options = options;
        this.forms = new FormNegotiator(options.rememberedForm(), options.pinnedAuth(), options.pinnedDialect(),
                options.onFormLearned());
        this.failures = new FailureClassifier(options.clock());
        this.keyGate = options.onUnauthorized() == null ? null : new KeyGate(options.onUnauthorized());
    }

    /** One Retrofit client per form over one shared connection pool, so a request's form never changes under it. */
    static ReplyCalls create(ApiEndpoint endpoint, AtomicReference<String> apiKey, ClientOptions options) {
        OkHttpClient shared = new OkHttpClient.Builder()
                // Execute sends a real message and is not idempotent: OkHttp must never replay it.
                .retryOnConnectionFailure(false)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(options.readTimeout())
                .writeTimeout(Duration.ofSeconds(30))
                .build();
        Map<EnumDialect, Gson> gsons = new EnumMap<>(EnumDialect.class);
        Map<EnumDialect, ListPages> pages = new EnumMap<>(EnumDialect.class);
        for (EnumDialect dialect : EnumDialect.values()) {
            gsons.put(dialect, ReplyJson.create(dialect));
            pages.put(dialect, new ListPages(dialect));
        }
        Map<WireForm, ReplyApi> apis = new HashMap<>();
        for (AuthScheme scheme : AuthScheme.values()) {
            OkHttpClient http = shared.newBuilder()
                    .addInterceptor(new ApiKeyInterceptor(apiKey, scheme, options.acting())).build();
            for (EnumDialect dialect : EnumDialect.values()) {
                Retrofit retrofit = new Retrofit.Builder()
                        .baseUrl(baseUrl(endpoint))
                        .client(http)
                        .addConverterFactory(pages.get(dialect))
                        .addConverterFactory(GsonConverterFactory.create(gsons.get(dialect)))
                        .build();
                apis.put(new WireForm(scheme, dialect), retrofit.create(ReplyApi.class));
            }
        }
        return new ReplyCalls(Map.copyOf(apis), options);
    }

    private static HttpUrl baseUrl(ApiEndpoint endpoint) {
        String root = endpoint.root().toString();
        return HttpUrl.get(root.endsWith("/") ? root : root + "/");
    }

    WireForm form() {
        return forms.current();
    }

    ClientOptions options() {
        return options;
    }

    void newKey() {
        if (keyGate != null) {
            keyGate.newKey();
        }
    }

    void declineKey() {
        if (keyGate != null) {
            keyGate.declined();
        }
    }

    /**
     * Runs {@code request} until it is answered or must give up. A 401 first tries the other auth
     * scheme, then holds the call at the key gate (when the app asks for keys) and repeats it with
     * the new key: nothing was processed, so even an execute may go again.
     *
     * @param carriesEnums whether the request body has an enum (only then can a 400 be about its spelling)
     */
    <T> T call(Priority lane, RetryPolicy policy, boolean carriesEnums, Function<ReplyApi, Call<T>> request) {
        int failedTries = 0;
        int rateLimited = 0;
        boolean keepTurn = false;
        WireForm form = forms.current();
        FormNegotiator.Attempt attempt = new FormNegotiator.Attempt();
        while (true) {
            options.budget().acquire(lane, keepTurn);
            keepTurn = false;
            int keyInUse = keyGate == null ? 0 : keyGate.generation();
            try {
                T answer = once(request.apply(apis.get(form)));
                forms.worked(form, carriesEnums);
                return answer;
            } catch (GatewayException failure) {
                WireForm other = forms.retryAfter(form, failure, carriesEnums, attempt);
                if (other != null) {
                    form = other;
                    keepTurn = true;
                    continue;
                }
                if (failure.kind() == Kind.UNAUTHORIZED && keyGate != null && keyGate.awaitNewKey(keyInUse)) {
                    form = forms.current();
                    attempt = new FormNegotiator.Attempt();
                    keepTurn = true;
                    continue;
                }
                if (failure.kind() == Kind.RATE_LIMITED && ++rateLimited <= MAX_RATE_LIMITED) {
                    // Not processed: everything waits out Retry-After, then this request goes first in its lane.
                    options.budget().pause(failure.retryAfter().orElse(RetryAfter.FALLBACK));
                    keepTurn = true;
                    continue;
                }
                if (failure.needsIdentity()) {
                    options.onNeedsIdentity().accept(failure.problem().code());
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
}

package dev.taskinbox.api;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Puts the key on every request in one auth scheme (the client has one of these per scheme, so a
 * request's scheme never changes under it), with the team and acting user when they are set.
 */
final class ApiKeyInterceptor implements Interceptor {
    static final String HEADER = "X-API-Key";

    private final AtomicReference<String> apiKey;
    private final AuthScheme scheme;
    private final ActingAs acting;

    ApiKeyInterceptor(AtomicReference<String> apiKey, AuthScheme scheme, ActingAs acting) {
        this.apiKey = apiKey;
        this.scheme = scheme;
        this.acting = acting;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request.Builder request = chain.request().newBuilder();
        if (scheme == AuthScheme.BEARER) {
            request.header("Authorization", "Bearer " + apiKey.get());
        } else {
            request.header(HEADER, apiKey.get());
        }
        if (!acting.teamId().isEmpty()) {
            request.header("X-TEAM-ID", acting.teamId());
        }
        // Reply takes one of the two (reply-api-v3-tasks.md §1.2); the id is the exact one.
        if (!acting.userId().isEmpty()) {
            request.header("X-User-Id", acting.userId());
        } else if (!acting.userEmail().isEmpty()) {
            request.header("X-User-Email", acting.userEmail());
        }
        return chain.proceed(request.build());
    }

    @Override
    public String toString() {
        return "ApiKeyInterceptor[" + scheme + ", key hidden]";
    }
}

package dev.taskinbox.api;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Puts the key on every request, in whichever scheme the server accepts. */
final class ApiKeyInterceptor implements Interceptor {
    static final String HEADER = "X-API-Key";

    private final AtomicReference<String> apiKey;
    private final AtomicReference<AuthScheme> scheme;

    ApiKeyInterceptor(String apiKey, AuthScheme scheme) {
        this.apiKey = new AtomicReference<>(apiKey);
        this.scheme = new AtomicReference<>(scheme);
    }

    void useKey(String key) {
        apiKey.set(key);
    }

    AuthScheme scheme() {
        return scheme.get();
    }

    void use(AuthScheme next) {
        scheme.set(next);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request.Builder request = chain.request().newBuilder();
        if (scheme.get() == AuthScheme.BEARER) {
            request.header("Authorization", "Bearer " + apiKey.get());
        } else {
            request.header(HEADER, apiKey.get());
        }
        return chain.proceed(request.build());
    }

    @Override
    public String toString() {
        return "ApiKeyInterceptor[" + scheme.get() + ", key hidden]";
    }
}

package dev.taskinbox.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Puts the key on every request in the seed's {@code X-API-Key} header. */
final class ApiKeyInterceptor implements Interceptor {
    static final String HEADER = "X-API-Key";

    private final String apiKey;

    ApiKeyInterceptor(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header(HEADER, apiKey).build());
    }

    @Override
    public String toString() {
        return "ApiKeyInterceptor[key hidden]";
    }
}

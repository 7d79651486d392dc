package dev.taskinbox.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the client behaves beyond the URL and key.
 *
 * @param authScheme    the scheme to try first (a 401 on the connection check tries the other once)
 * @param pinnedDialect the enum dialect to write, or null to learn it from the server's answers
 * @param budget        the request budget every call waits in
 * @param clock         the time for {@code Retry-After} dates
 * @param sleeper       waits between retries
 * @param onAuthLearned told when the other auth scheme turned out to be the one that works (to persist it)
 * @param readTimeout   how long to wait for an answer before the outcome counts as unknown
 * @param onUnauthorized told when a 401 has paused every call; null to fail 401s at once instead.
 *                      The app answers with {@link ReplyTaskGateway#useKey} or {@link ReplyTaskGateway#declineKey}.
 */
public record ClientOptions(AuthScheme authScheme, EnumDialect pinnedDialect, RequestBudget budget, Clock clock,
                            Sleeper sleeper, Consumer<AuthScheme> onAuthLearned, Duration readTimeout,
                            Runnable onUnauthorized) {

    public ClientOptions {
        Objects.requireNonNull(authScheme);
        Objects.requireNonNull(budget);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(sleeper);
        Objects.requireNonNull(onAuthLearned);
        Objects.requireNonNull(readTimeout);
    }

    /** The seed's {@code X-API-Key}, learned dialect, Reply's documented limits, real time. */
    public static ClientOptions defaults() {
        Clock clock = Clock.systemUTC();
        return new ClientOptions(AuthScheme.X_API_KEY, null, RequestBudget.forReply(clock), clock, Sleeper.REAL,
                scheme -> { }, Duration.ofSeconds(30), null);
    }

    public ClientOptions withAuthScheme(AuthScheme scheme) {
        return new ClientOptions(scheme, pinnedDialect, budget, clock, sleeper, onAuthLearned, readTimeout, onUnauthorized);
    }

    public ClientOptions withPinnedDialect(EnumDialect dialect) {
        return new ClientOptions(authScheme, dialect, budget, clock, sleeper, onAuthLearned, readTimeout, onUnauthorized);
    }

    public ClientOptions withBudget(RequestBudget requestBudget) {
        return new ClientOptions(authScheme, pinnedDialect, requestBudget, clock, sleeper, onAuthLearned, readTimeout, onUnauthorized);
    }

    public ClientOptions withSleeper(Sleeper retrySleeper) {
        return new ClientOptions(authScheme, pinnedDialect, budget, clock, retrySleeper, onAuthLearned, readTimeout, onUnauthorized);
    }

    public ClientOptions withReadTimeout(Duration timeout) {
        return new ClientOptions(authScheme, pinnedDialect, budget, clock, sleeper, onAuthLearned, timeout, onUnauthorized);
    }

    public ClientOptions withOnUnauthorized(Runnable listener) {
        return new ClientOptions(authScheme, pinnedDialect, budget, clock, sleeper, onAuthLearned, readTimeout, listener);
    }

    public ClientOptions withOnAuthLearned(Consumer<AuthScheme> listener) {
        return new ClientOptions(authScheme, pinnedDialect, budget, clock, sleeper, listener, readTimeout, onUnauthorized);
    }
}

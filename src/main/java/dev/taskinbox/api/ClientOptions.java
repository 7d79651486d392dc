package dev.taskinbox.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the client behaves beyond the URL and key.
 *
 * @param rememberedForm the form that worked last time for this URL, or null (Reply's current form first)
 * @param pinnedAuth     an auth scheme from settings, or null to negotiate it
 * @param pinnedDialect  an enum dialect from settings, or null to negotiate it
 * @param budget         the request budget every call waits in
 * @param clock          the time for {@code Retry-After} dates
 * @param sleeper        waits between retries
 * @param onFormLearned  told when a different form turned out to be the one that works (to persist it)
 * @param readTimeout    how long to wait for an answer before the outcome counts as unknown
 * @param onUnauthorized told when a 401 has paused every call; null to fail 401s at once instead.
 *                       The app answers with {@link ReplyTaskGateway#useKey} or {@link ReplyTaskGateway#declineKey}.
 * @param acting         the team and acting user sent with every call
 * @param onNeedsIdentity told with the problem code when Reply answers {@code TEAM_REQUIRED} or {@code USER_REQUIRED}
 */
public record ClientOptions(WireForm rememberedForm, AuthScheme pinnedAuth, EnumDialect pinnedDialect,
                            RequestBudget budget, Clock clock, Sleeper sleeper, Consumer<WireForm> onFormLearned,
                            Duration readTimeout, Runnable onUnauthorized, ActingAs acting,
                            Consumer<String> onNeedsIdentity) {

    public ClientOptions {
        Objects.requireNonNull(budget);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(sleeper);
        Objects.requireNonNull(onFormLearned);
        Objects.requireNonNull(readTimeout);
        acting = Objects.requireNonNullElse(acting, ActingAs.NOBODY);
        onNeedsIdentity = Objects.requireNonNullElse(onNeedsIdentity, code -> { });
    }

    /** Nothing remembered or pinned (Reply's current form first), Reply's documented limits, real time. */
    public static ClientOptions defaults() {
        Clock clock = Clock.systemUTC();
        return new ClientOptions(null, null, null, RequestBudget.forReply(clock), clock, Sleeper.REAL,
                form -> { }, Duration.ofSeconds(30), null, ActingAs.NOBODY, null);
    }

    public ClientOptions withRememberedForm(WireForm form) {
        return new ClientOptions(form, pinnedAuth, pinnedDialect, budget, clock, sleeper, onFormLearned, readTimeout,
                onUnauthorized, acting, onNeedsIdentity);
    }

    public ClientOptions withPinnedAuth(AuthScheme scheme) {
        return new ClientOptions(rememberedForm, scheme, pinnedDialect, budget, clock, sleeper, onFormLearned,
                readTimeout, onUnauthorized, acting, onNeedsIdentity);
    }

    public ClientOptions withPinnedDialect(EnumDialect dialect) {
        return new ClientOptions(rememberedForm, pinnedAuth, dialect, budget, clock, sleeper, onFormLearned,
                readTimeout, onUnauthorized, acting, onNeedsIdentity);
    }

    public ClientOptions withBudget(RequestBudget requestBudget) {
        return new ClientOptions(rememberedForm, pinnedAuth, pinnedDialect, requestBudget, clock, sleeper,
                onFormLearned, readTimeout, onUnauthorized, acting, onNeedsIdentity);
    }

    public ClientOptions withSleeper(Sleeper retrySleeper) {
        return new ClientOptions(rememberedForm, pinnedAuth, pinnedDialect, budget, clock, retrySleeper,
                onFormLearned, readTimeout, onUnauthorized, acting, onNeedsIdentity);
    }

    public ClientOptions withReadTimeout(Duration timeout) {
        return new ClientOptions(rememberedForm, pinnedAuth, pinnedDialect, budget, clock, sleeper, onFormLearned,
                timeout, onUnauthorized, acting, onNeedsIdentity);
    }

    public ClientOptions withOnUnauthorized(Runnable listener) {
        return new ClientOptions(rememberedForm, pinnedAuth, pinnedDialect, budget, clock, sleeper, onFormLearned,
                readTimeout, listener, acting, onNeedsIdentity);
    }

    public ClientOptions withOnFormLearned(Consumer<WireForm> listener) {
        return new ClientOptions(rememberedForm, pinnedAuth, pinnedDialect, budget, clock, sleeper, listener,
                readTimeout, onUnauthorized, acting, onNeedsIdentity);
    }

    public ClientOptions withActing(ActingAs who) {
        return new ClientOptions(rememberedForm, pinnedAuth, pinnedDialect, budget, clock, sleeper, onFormLearned,
                readTimeout, onUnauthorized, who, onNeedsIdentity);
    }

    public ClientOptions withOnNeedsIdentity(Consumer<String> listener) {
        return new ClientOptions(rememberedForm, pinnedAuth, pinnedDialect, budget, clock, sleeper, onFormLearned,
                readTimeout, onUnauthorized, acting, listener);
    }
}

package dev.taskinbox.task;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed call to Reply, classified once so that the UI can say plainly what happened and the
 * app can tell whether it is safe to try again.
 */
public final class GatewayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How a call failed; the kinds decide what the app may safely do next. */
    public enum Kind {
        /** The key is missing, wrong or revoked. */
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        /** The server refused the request as invalid (400/409/422); it was not processed. */
        REJECTED,
        /** Too many requests; not processed. */
        RATE_LIMITED,
        /** 5xx: the request may or may not have taken effect. */
        SERVER_ERROR,
        /** The request never left the machine (refused connection, DNS, TLS). */
        NOT_SENT,
        /** The request left but no answer came back (timeout, reset). */
        UNKNOWN_OUTCOME,
        /** The answer could not be read. */
        MALFORMED,
        /** The app dropped the request before it left (the rep moved on, or the app is closing). */
        CANCELLED,
        /** The app itself would not send it safely (e.g. the send journal could not be written). */
        REFUSED_LOCALLY
    }

    /** One field the server named in a 400's {@code errors[]}: where (a JSON Pointer) and what. */
    public record FieldError(String pointer, String message) {
    }

    /** What the server said in its problem body, all optional. */
    public record ServerProblem(String title, String detail, String code, List<FieldError> fieldErrors) {
        public static final ServerProblem NONE = new ServerProblem("", "", "", List.of());

        public ServerProblem {
            title = Objects.requireNonNullElse(title, "");
            detail = Objects.requireNonNullElse(detail, "");
            code = Objects.requireNonNullElse(code, "");
            fieldErrors = List.copyOf(Objects.requireNonNullElse(fieldErrors, List.of()));
        }
    }

    private final Kind kind;
    private final String userMessage;
    private final transient ServerProblem problem;
    private final transient Duration retryAfter;

    public GatewayException(Kind kind, String userMessage, ServerProblem problem, Duration retryAfter, Throwable cause) {
        super(kind + ": " + userMessage, cause);
        this.kind = Objects.requireNonNull(kind);
        this.userMessage = Objects.requireNonNull(userMessage);
        this.problem = Objects.requireNonNullElse(problem, ServerProblem.NONE);
        this.retryAfter = retryAfter;
    }

    public GatewayException(Kind kind, String userMessage, Throwable cause) {
        this(kind, userMessage, null, null, cause);
    }

    public GatewayException(Kind kind, String userMessage) {
        this(kind, userMessage, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** A sentence a sales rep can read. */
    public String userMessage() {
        return userMessage;
    }

    /** The server's own words (problem details), or {@link ServerProblem#NONE}. */
    public ServerProblem problem() {
        return problem;
    }

    /** For {@link Kind#RATE_LIMITED}: how long the server asked the app to wait. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The rep-readable sentence for any failure from background work; never a stack trace. */
    public static String userMessageOf(Throwable failure) {
        return failure instanceof GatewayException known ? known.userMessage() : "Something unexpected went wrong.";
    }

    /** The problem code Reply gives a task that does not exist (or is not the caller's). */
    public static final String TASK_NOT_FOUND = "task.notFound";
    /** A credential that reaches several teams must name one (reply-api-v3-tasks.md §6.2). */
    public static final String TEAM_REQUIRED = "TEAM_REQUIRED";
    /** An organization key must name an acting user. */
    public static final String USER_REQUIRED = "USER_REQUIRED";
    public static final String INSUFFICIENT_SCOPE = "insufficient_scope";

    /** Whether the problem code is {@code code} (Reply's codes are compared without regard to case). */
    public boolean hasCode(String code) {
        return problem.code().equalsIgnoreCase(code);
    }

    /**
     * True only when the task itself is gone: a 404 whose code says so. A 404 about an account, a
     * contact or a route leaves the task where it is.
     */
    public boolean taskGone() {
        return kind == Kind.NOT_FOUND && hasCode(TASK_NOT_FOUND);
    }

    /** A 403 that asks for a team or an acting user, which Settings can give. */
    public boolean needsIdentity() {
        return kind == Kind.FORBIDDEN && (hasCode(TEAM_REQUIRED) || hasCode(USER_REQUIRED));
    }

    /** True when Reply could not be reached at all (no connection, or no answer): the app is offline. */
    public boolean unreachable() {
        return kind == Kind.NOT_SENT || kind == Kind.UNKNOWN_OUTCOME;
    }

    /** True when the request certainly did not change anything on the server. */
    public boolean certainlyNotProcessed() {
        return switch (kind) {
            case UNAUTHORIZED, FORBIDDEN, NOT_FOUND, REJECTED, RATE_LIMITED, NOT_SENT, CANCELLED, REFUSED_LOCALLY -> true;
            case SERVER_ERROR, UNKNOWN_OUTCOME, MALFORMED -> false;
        };
    }
}

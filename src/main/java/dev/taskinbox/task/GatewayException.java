package dev.taskinbox.task;

import java.util.Objects;

/** A failed call to Reply, classified once so that the UI can say plainly what happened. */
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
        MALFORMED
    }

    private final Kind kind;
    private final String userMessage;

    public GatewayException(Kind kind, String userMessage, Throwable cause) {
        super(kind + ": " + userMessage, cause);
        this.kind = Objects.requireNonNull(kind);
        this.userMessage = Objects.requireNonNull(userMessage);
    }

    public GatewayException(Kind kind, String userMessage) {
        this(kind, userMessage, null);
    }

    public Kind kind() {
        return kind;
    }

    /** A sentence a sales rep can read. */
    public String userMessage() {
        return userMessage;
    }

    /** True when the request certainly did not change anything on the server. */
    public boolean certainlyNotProcessed() {
        return switch (kind) {
            case UNAUTHORIZED, FORBIDDEN, NOT_FOUND, REJECTED, RATE_LIMITED, NOT_SENT -> true;
            case SERVER_ERROR, UNKNOWN_OUTCOME, MALFORMED -> false;
        };
    }
}

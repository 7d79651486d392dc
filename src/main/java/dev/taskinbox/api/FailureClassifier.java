package dev.taskinbox.api;

import com.google.gson.JsonParseException;
import com.google.gson.stream.MalformedJsonException;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.GatewayException.FieldError;
import dev.taskinbox.task.GatewayException.Kind;
import dev.taskinbox.task.GatewayException.ServerProblem;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * Sorts every way a call can fail into one {@link Kind}, with a sentence a rep can read and the
 * server's own words kept. The sentences never contain the API key or a raw HTTP dump.
 */
final class FailureClassifier {
    private static final int MAX_PROBLEM_BYTES = 64 * 1024;

    private final Clock clock;

    FailureClassifier(Clock clock) {
        this.clock = clock;
    }

    GatewayException fromResponse(Response<?> response) {
        int code = response.code();
        ServerProblem problem = code == 401 ? ServerProblem.NONE : problem(response.errorBody());
        String serverSays = describe(problem);
        return switch (code) {
            case 401 -> new GatewayException(Kind.UNAUTHORIZED, "Reply did not accept the API key. Check it in Settings.");
            case 403 -> failure(Kind.FORBIDDEN, forbidden(problem.code()), serverSays, problem);
            case 404 -> failure(Kind.NOT_FOUND, notFound(problem.code()), serverSays, problem);
            case 429 -> rateLimited(response.headers().get("Retry-After"), problem);
            default -> code >= 500
                    ? failure(Kind.SERVER_ERROR, "Reply had a problem on its side", serverSays, problem)
                    : failure(Kind.REJECTED, "Reply refused the request", serverSays, problem);
        };
    }

    /** What to do about a 403, by its code (reply-api-v3-tasks.md §6.2). */
    private static String forbidden(String code) {
        if (code.equalsIgnoreCase(GatewayException.INSUFFICIENT_SCOPE)) {
            return "Your API key is not allowed to do this. In Reply, create a key with the tasks scopes"
                    + " (Settings → API Key) and enter it in Task Inbox's Settings";
        }
        if (code.equalsIgnoreCase(GatewayException.TEAM_REQUIRED)) {
            return "Your key can act in more than one team. Enter the team's id under Team in Settings";
        }
        if (code.equalsIgnoreCase(GatewayException.USER_REQUIRED)) {
            return "This organization key must act as a user. Enter your Reply user id or email under"
                    + " Acting user in Settings";
        }
        return "You are not allowed to do this in Reply";
    }

    /** A 404 names what is missing in its code ({@code task.notFound}, {@code emailAccount.notFound}, …). */
    private static String notFound(String code) {
        String resource = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        return switch (resource.toLowerCase(Locale.ROOT)) {
            case "task" -> "Reply could not find this task — it may have been deleted";
            case "emailaccount" -> "Reply could not find that email account";
            case "contact" -> "Reply could not find this contact";
            case "" -> "Reply could not find what was asked for";
            default -> "Reply could not find what was asked for (" + code + ")";
        };
    }

    GatewayException fromException(Exception failure) {
        if (failure instanceof GatewayException classified) {
            return classified;
        }
        if (failure instanceof JsonParseException || failure instanceof MalformedJsonException
                || isEndOfJson(failure) || failure instanceof IllegalStateException) {
            return new GatewayException(Kind.MALFORMED, "Reply sent an answer the app cannot read.", failure);
        }
        if (failure instanceof UnknownHostException || failure instanceof ConnectException
                || failure instanceof NoRouteToHostException || failure instanceof SSLHandshakeException
                || isConnectTimeout(failure)) {
            return new GatewayException(Kind.NOT_SENT, "Could not reach Reply. Check the connection; nothing was sent.", failure);
        }
        if (failure instanceof IOException && "Canceled".equals(failure.getMessage())) {
            return new GatewayException(Kind.CANCELLED, "The request was dropped before it was answered.", failure);
        }
        if (failure instanceof IOException) {
            return new GatewayException(Kind.UNKNOWN_OUTCOME, "The connection to Reply broke before it answered.", failure);
        }
        return new GatewayException(Kind.MALFORMED, "Something unexpected happened while talking to Reply.", failure);
    }

    private GatewayException rateLimited(String retryAfterHeader, ServerProblem problem) {
        Duration wait = RetryAfter.parse(retryAfterHeader, clock).orElse(RetryAfter.FALLBACK);
        return new GatewayException(Kind.RATE_LIMITED,
                "Reply is limiting requests; resuming in " + Math.max(1, wait.toSeconds()) + " s.", problem, wait, null);
    }

    private static GatewayException failure(Kind kind, String ours, String serverSays, ServerProblem problem) {
        String message = serverSays.isEmpty() ? ours + "." : ours + ". The server says: " + serverSays;
        return new GatewayException(kind, message, problem, null, null);
    }

    private static boolean isEndOfJson(Exception failure) {
        return failure instanceof EOFException && String.valueOf(failure.getMessage()).contains("End of input");
    }

    private static boolean isConnectTimeout(Exception failure) {
        return failure instanceof SocketTimeoutException
                && String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("connect")
                || failure instanceof InterruptedIOException && failure.getCause() instanceof ConnectException;
    }

    /** The problem body, or {@link ServerProblem#NONE} when it is empty, not JSON or not an object. */
    private ServerProblem problem(ResponseBody body) {
        if (body == null) {
            return ServerProblem.NONE;
        }
        try (body) {
            String text = new String(body.byteStream().readNBytes(MAX_PROBLEM_BYTES), StandardCharsets.UTF_8);
            return ProblemReader.read(text);
        } catch (IOException | RuntimeException notAProblemBody) {
            return ServerProblem.NONE;
        }
    }

    private static String describe(ServerProblem problem) {
        String main = firstNonBlank(problem.detail(), problem.title());
        String fields = problem.fieldErrors().stream()
                .map(FieldError::message)
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("; "));
        if (fields.isEmpty()) {
            return main;
        }
        return main.isEmpty() ? fields : main + " (" + fields + ")";
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null ? "" : second.strip();
    }
}

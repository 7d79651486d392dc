package dev.taskinbox.api;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.stream.MalformedJsonException;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.GatewayException.Kind;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * Sorts every way a call can fail into one {@link Kind}, with a sentence a rep can read. The
 * sentences never contain the API key or a raw HTTP dump.
 */
final class FailureClassifier {
    private static final int MAX_PROBLEM_BYTES = 64 * 1024;

    private final Gson gson;

    FailureClassifier(Gson gson) {
        this.gson = gson;
    }

    GatewayException fromResponse(Response<?> response) {
        int code = response.code();
        String serverSays = problemText(response.errorBody());
        if (code == 401) {
            return new GatewayException(Kind.UNAUTHORIZED, "Reply did not accept the API key. Check it in Settings.");
        }
        if (code == 403) {
            return new GatewayException(Kind.FORBIDDEN, withServerText("You are not allowed to do this in Reply", serverSays));
        }
        if (code == 404) {
            return new GatewayException(Kind.NOT_FOUND, withServerText("Reply could not find this task — it may have been deleted", serverSays));
        }
        if (code == 429) {
            String retryAfter = response.headers().get("Retry-After");
            String when = retryAfter == null ? "shortly" : "in " + retryAfter.strip() + " s";
            return new GatewayException(Kind.RATE_LIMITED, "Reply is limiting requests; try again " + when + ".");
        }
        if (code >= 500) {
            return new GatewayException(Kind.SERVER_ERROR, withServerText("Reply had a problem on its side", serverSays));
        }
        return new GatewayException(Kind.REJECTED, withServerText("Reply refused the request", serverSays));
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
        if (failure instanceof IOException) {
            return new GatewayException(Kind.UNKNOWN_OUTCOME, "The connection to Reply broke before it answered.", failure);
        }
        return new GatewayException(Kind.MALFORMED, "Something unexpected happened while talking to Reply.", failure);
    }

    private static boolean isEndOfJson(Exception failure) {
        return failure instanceof EOFException && String.valueOf(failure.getMessage()).contains("End of input");
    }

    private static boolean isConnectTimeout(Exception failure) {
        return failure instanceof SocketTimeoutException
                && String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("connect")
                || failure instanceof InterruptedIOException && failure.getCause() instanceof ConnectException;
    }

    private static String withServerText(String ours, String serverSays) {
        return serverSays.isEmpty() ? ours + "." : ours + ". The server says: " + serverSays;
    }

    /** The problem body's detail/title and field errors, or "" when the body is empty or not problem JSON. */
    private String problemText(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try (body) {
            String text = new String(body.byteStream().readNBytes(MAX_PROBLEM_BYTES), StandardCharsets.UTF_8);
            return describe(gson.fromJson(text, Wire.Problem.class));
        } catch (IOException | RuntimeException notAProblemBody) {
            return "";
        }
    }

    private static String describe(Wire.Problem problem) {
        if (problem == null) {
            return "";
        }
        String main = firstNonBlank(problem.detail(), problem.title());
        List<Wire.FieldError> errors = problem.errors() == null ? List.of() : problem.errors();
        String fields = errors.stream()
                .filter(error -> error != null)
                .map(error -> firstNonBlank(error.detail(), error.message()))
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

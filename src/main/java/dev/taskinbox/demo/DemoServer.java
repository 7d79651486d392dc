package dev.taskinbox.demo;

import com.google.gson.JsonElement;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;

/**
 * A small Reply API v3 on loopback, as strict as the reference: by default Reply's current form
 * only (Bearer, camelCase string enums), or the seed's only (X-API-Key, integer enums), so the app
 * can be tried without an account and tested end to end against either generation. It keeps a log
 * of every request, and of every message it "sent".
 */
public final class DemoServer implements AutoCloseable {

    private final DemoStore store;
    private final DemoOptions options;
    private final DemoRoutes routes;
    private final DemoRateLimiter rateLimiter;
    private final HttpServer http;
    private final ExecutorService workers;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> admitted = new CopyOnWriteArrayList<>();
    /** One-off faults for the next execute of a given task: "400", "500-after" or "429". */
    private final Map<Long, String> scripted = new ConcurrentHashMap<>();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger authorizedRequests = new AtomicInteger();
    private final Random dice;

    /** One request as the server saw it (the key itself is not kept). */
    public record RecordedRequest(String method, String path, String query, String body) {
    }

    private DemoServer(DemoOptions options, int port) throws IOException {
        this.store = new DemoStore(options.clock(), options.taskCount(), options.mailboxes(),
                options.statusLag());
        this.dice = new Random(options.faults().seed());
        this.options = options;
        this.routes = new DemoRoutes(store, new DemoEnums(!options.seedDialect()), options.clock(), options.seedDialect());
        this.rateLimiter = new DemoRateLimiter(options.rateLimit(), options.rateWindow(), options.clock());
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "demo-server");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(workers);
        http.createContext("/", this::handle);
    }

    /** Starts on the given loopback port (0 for any free one). */
    public static DemoServer start(DemoOptions options, int port) throws IOException {
        DemoServer server = new DemoServer(options, port);
        server.http.start();
        return server;
    }

    public static DemoServer start() throws IOException {
        return start(DemoOptions.defaults(), 0);
    }

    /** The API root to give the client, e.g. {@code http://127.0.0.1:41234}. */
    public URI root() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /** Whether this server speaks the seed's form (X-API-Key, integers) rather than the current one. */
    public boolean seedDialect() {
        return options.seedDialect();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** How many requests were answered 429. */
    public int rateLimitedCount() {
        return rateLimited.get();
    }

    public List<SentMessage> sentMessages() {
        return store.sent();
    }

    /**
     * Makes the next execute of one task misbehave, once: {@code "400"} refuses it, {@code "500-after"}
     * sends it and then answers 502, {@code "429"} answers Too Many Requests without processing.
     */
    public void scriptNextExecute(long taskId, String fault) {
        scripted.put(taskId, fault);
    }

    /** The contact opts out: Reply must not write to them any more. */
    public void optOut(long contactId) {
        store.optOut(contactId);
    }

    /** The contact replied in a sequence (they are talking to someone: a manual send now would cross it). */
    public void replied(long contactId, long sequenceId) {
        store.disposition(contactId, sequenceId, "replied");
    }

    /** What the server holds for the task now (its status, dates, owner, outcome). */
    public ServerTask task(long taskId) {
        return store.snapshot(taskId);
    }

    /** Every task the server holds, those the client created included. */
    public List<ServerTask> tasks() {
        return store.snapshots();
    }

    /**
     * How many execute calls for this task got past authentication and the rate limit, whatever
     * happened to them after: the count that must never exceed one.
     */
    public long executeCalls(long taskId) {
        String path = "/v3/tasks/" + taskId + "/execute";
        return admitted.stream().filter(r -> r.method().equals("POST") && r.path().equals(path)).count();
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = readBody(exchange.getRequestBody());
            URI uri = exchange.getRequestURI();
            RecordedRequest recorded = new RecordedRequest(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), body);
            requests.add(recorded);
            pause();
            DemoFaults faults = options.faults();
            if (!authorized(exchange) || faults.unauthorizedAfter() > 0
                    && authorizedRequests.incrementAndGet() > faults.unauthorizedAfter()) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Optional<DemoProblem> refused = demands(exchange, uri.getPath());
            if (refused.isPresent()) {
                send(exchange, 403, "application/problem+json", DemoJson.problem(refused.get(), uri.getPath()));
                return;
            }
            String script = scriptFor(exchange.getRequestMethod(), uri.getPath());
            Optional<Duration> overLimit = rateLimiter.admit();
            if (overLimit.isPresent() || roll(faults.tooManyRequests()) || "429".equals(script)) {
                rateLimited.incrementAndGet();
                long seconds = overLimit.map(wait -> Math.max(1, (wait.toMillis() + 999) / 1000)).orElse(1L);
                exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
                DemoProblem tooMany = new DemoProblem(429, "rateLimit.exceeded", "Too Many Requests",
                        "Rate limit reached; retry in " + seconds + " s.");
                send(exchange, 429, "application/problem+json", DemoJson.problem(tooMany, uri.getPath()));
                return;
            }
            admitted.add(recorded);
            if (roll(faults.dropConnection())) {
                return;   // closed with no answer: the client cannot tell what happened
            }
            if (roll(faults.serverError())) {
                send(exchange, 500, "application/problem+json", DemoJson.problem(
                        new DemoProblem(500, "server.error", "Internal Server Error", "Something broke."), uri.getPath()));
                return;
            }
            if ("400".equals(script)) {
                send(exchange, 400, "application/problem+json", DemoJson.problem(DemoProblem.badRequest(
                        "task.recipientSuppressed", "The recipient is suppressed."), uri.getPath()));
                return;
            }
            JsonElement answer;
            try {
                answer = routes.route(exchange.getRequestMethod(), uri, body);
            } catch (DemoProblem problem) {
                send(exchange, problem.status, "application/problem+json", DemoJson.problem(problem, uri.getPath()));
                return;
            }
            // From here on the request has taken effect; the faults below only hide that from the client.
            if (roll(faults.serverErrorAfterCommit()) || "500-after".equals(script)) {
                send(exchange, 502, "text/html", null);
            } else if (roll(faults.timeoutAfterCommit())) {
                sleep(faults.stall());
            } else if (roll(faults.malformedAfterCommit())) {
                sendText(exchange, 200, "application/json", "{\"id\": ");
            } else {
                send(exchange, 200, "application/json", answer);
            }
        }
    }

    /** What Reply demands of the caller (reply-api-v3-tasks.md §6.2): a team for multi-team keys, scopes. */
    private Optional<DemoProblem> demands(HttpExchange exchange, String path) {
        DemoOptions.Demands demands = options.mailboxes();
        if (demands.requiredTeam() != null
                && !demands.requiredTeam().equals(exchange.getRequestHeaders().getFirst("X-TEAM-ID"))) {
            return Optional.of(DemoProblem.forbidden("TEAM_REQUIRED",
                    "This key can act in more than one team; name one in X-TEAM-ID."));
        }
        if (demands.userRequired() && exchange.getRequestHeaders().getFirst("X-User-Id") == null
                && exchange.getRequestHeaders().getFirst("X-User-Email") == null) {
            return Optional.of(DemoProblem.forbidden("USER_REQUIRED",
                    "An organization key must name the user it acts as (X-User-Id or X-User-Email)."));
        }
        if (demands.deniedPath() != null && path.startsWith(demands.deniedPath())) {
            return Optional.of(DemoProblem.forbidden("insufficient_scope", "The API key lacks the scope for " + path + "."));
        }
        return Optional.empty();
    }

    /** The scripted fault for this request, used up as it is read; null for none. */
    private String scriptFor(String method, String path) {
        Matcher execute = DemoRoutes.TASK_PATH.matcher(path);
        if (!method.equals("POST") || !execute.matches() || !"/execute".equals(execute.group(2))) {
            return null;
        }
        return scripted.remove(Long.parseLong(execute.group(1)));
    }

    private boolean roll(double share) {
        if (share <= 0) {
            return false;
        }
        synchronized (dice) {
            return dice.nextDouble() < share;
        }
    }

    /** The current docs take the key as Bearer only; the seed takes X-API-Key only. */
    private boolean authorized(HttpExchange exchange) {
        if (options.seedDialect()) {
            return accepted(exchange.getRequestHeaders().getFirst("X-API-Key"));
        }
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        return bearer != null && bearer.startsWith("Bearer ") && accepted(bearer.substring("Bearer ".length()));
    }

    private boolean accepted(String key) {
        return key != null && !key.isBlank() && (options.apiKey() == null || options.apiKey().equals(key));
    }

    private void pause() {
        sleep(options.latency());
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, JsonElement json) throws IOException {
        sendText(exchange, status, type, json == null ? "<html><body>Bad gateway</body></html>" : json.toString());
    }

    private static void sendText(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

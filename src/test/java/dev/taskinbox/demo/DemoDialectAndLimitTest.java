package dev.taskinbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.WireForm;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.api.RequestBudget;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo server's two strict dialects and its rate limit, through the real client end to end. */
class DemoDialectAndLimitTest {

    private static HttpResponse<String> get(DemoServer server, String path, String header, String value) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.root() + path))
                .header(header, value).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(DemoServer server, String path, String header, String value, String body)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.root() + path))
                .header(header, value).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void byDefaultItIsAsStrictAsTheCurrentDocsBearerAndNamesOnly() throws Exception {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults(), 0)) {
            assertThat(get(server, "/v3/whoami", "X-API-Key", "k").statusCode()).isEqualTo(401);
            HttpResponse<String> task = get(server, "/v3/tasks/5001?includeContent=true", "Authorization", "Bearer k");
            assertThat(task.statusCode()).isEqualTo(200);
            assertThat(task.body()).contains("\"taskType\":\"manualEmail\"").contains("\"status\":\"new\"")
                    .contains("\"creationSource\":\"sequence\"");
            HttpResponse<String> integers = post(server, "/v3/tasks/filter", "Authorization", "Bearer k", "{\"status\": 0}");
            assertThat(integers.statusCode()).isEqualTo(400);
            assertThat(integers.body()).contains("\"errors\":[{\"pointer\":\"/status\"");
            assertThat(post(server, "/v3/tasks/filter", "Authorization", "Bearer k", "{\"status\": \"new\"}").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void theSeedDialectIsAsStrictTheOtherWayXApiKeyAndIntegersOnly() throws Exception {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withSeedDialect(true), 0)) {
            assertThat(get(server, "/v3/whoami", "Authorization", "Bearer k").statusCode()).isEqualTo(401);
            HttpResponse<String> task = get(server, "/v3/tasks/5001", "X-API-Key", "k");
            assertThat(task.body()).contains("\"taskType\":7").contains("\"status\":0");
            HttpResponse<String> names = post(server, "/v3/tasks/filter", "X-API-Key", "k", "{\"status\": \"new\"}");
            assertThat(names.statusCode()).isEqualTo(400);
            assertThat(names.body()).contains("/status");
            HttpResponse<String> outcome = post(server, "/v3/tasks/5003/complete", "X-API-Key", "k",
                    "{\"callResolution\": \"positive\"}");
            assertThat(outcome.statusCode()).isEqualTo(400);
            assertThat(server.task(5003).finished()).as("a refused request changes nothing").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theClientFindsEitherFormOnItsOwnAndWorksThroughout(boolean seed) throws IOException {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withSeedDialect(seed), 0)) {
            ReplyTaskGateway client = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());

            long me = client.currentUser().userId();
            List<TaskSummary> tasks = client.pendingTasks(me, 0, 1000).items();
            TaskSummary sms = tasks.stream().filter(t -> t.type() == TaskType.SMS).findFirst().orElseThrow();
            TaskDetail sent = client.execute(sms.id(), SendRequest.AS_IS);
            TaskSummary call = tasks.stream().filter(t -> t.type() == TaskType.CALL).findFirst().orElseThrow();
            client.complete(call.id(), CallOutcome.NEGATIVE);
            client.pendingTasks(me, 0, 1000);

            assertThat(client.form()).isEqualTo(seed ? WireForm.SEED : WireForm.CURRENT);
            assertThat(tasks).hasSizeGreaterThanOrEqualTo(60).allMatch(t -> t.status() == TaskStatus.NEW);
            assertThat(sent.status()).isEqualTo(TaskStatus.FINISHED);
            assertThat(server.task(call.id()).callResolution()).isEqualTo(2);
            String status = seed ? "0" : "\"new\"";
            assertThat(server.requests()).filteredOn(r -> r.path().equals("/v3/tasks/filter"))
                    .extracting(DemoServer.RecordedRequest::body)
                    .containsExactly("{\"status\":" + status + ",\"assignedUserId\":1001}",
                            "{\"status\":" + status + ",\"assignedUserId\":1001}");
            assertThat(server.requests()).as("one 401 on first contact with the seed, none with the current form")
                    .hasSize(seed ? 6 : 5);
        }
    }

    @Test
    void overTheLimitTheServerAnswers429WithRetryAfter() throws Exception {
        DemoOptions limited = DemoOptions.defaults().withRateLimit(2, Duration.ofMinutes(1));
        try (DemoServer server = DemoServer.start(limited, 0)) {
            get(server, "/v3/whoami", "Authorization", "Bearer k");
            get(server, "/v3/whoami", "Authorization", "Bearer k");
            HttpResponse<String> third = get(server, "/v3/whoami", "Authorization", "Bearer k");

            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
            assertThat(third.body()).contains("Too Many Requests");
            assertThat(server.rateLimitedCount()).isEqualTo(1);
        }
    }

    /**
     * 150 requests against a server enforcing 100 per window, with the window scaled from a minute
     * to a second so the test is quick: the budget paces them and no 429 reaches the caller.
     */
    @Test
    void theBudgetCarries150RequestsThroughA100PerWindowLimitWithout429sReachingTheCaller() throws Exception {
        Duration window = Duration.ofSeconds(1);
        DemoOptions limited = DemoOptions.defaults().withRateLimit(100, window);
        // The client keeps a margin: it counts when a request leaves, the server when it arrives. Half
        // the window, so that a loaded machine bunching arrivals cannot make it flake (the app keeps a
        // far wider one against Reply's minute).
        RequestBudget budget = new RequestBudget(List.of(new RequestBudget.Limit(100, window.plusMillis(500))),
                Clock.systemUTC());
        try (DemoServer server = DemoServer.start(limited, 0)) {
            ReplyTaskGateway client = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k",
                    TestBudgets.fastOptions().withBudget(budget));
            ExecutorService callers = Executors.newFixedThreadPool(8);
            try {
                List<Future<TaskDetail>> reads = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                    long id = DemoData.FIRST_TASK_ID + (i % 70);
                    reads.add(callers.submit(() -> client.task(id, Priority.LIST)));
                }
                for (Future<TaskDetail> read : reads) {
                    assertThat(read.get().id()).isPositive();
                }
            } finally {
                callers.shutdownNow();
            }
            assertThat(server.requests()).hasSize(150 + server.rateLimitedCount());
            assertThat(server.rateLimitedCount()).as("the budget kept under the server's limit").isZero();
        }
    }

    @Test
    void batchCompleteRescheduleReassignAndContactsWorkAgainstTheDemo() throws Exception {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults(), 0)) {
            ReplyTaskGateway client = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());
            long first = DemoData.FIRST_TASK_ID;

            Map<Long, String> failed = client.completeAll(List.of(first, first + 1, 999_999L));
            assertThatThrownBy(() -> client.complete(first)).isInstanceOf(GatewayException.class);
            Instant soon = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
            TaskDetail moved = client.reschedule(first + 2, soon.minus(Duration.ofHours(1)), soon);
            // Past the filter's default window (startAt up to now + 1 year) a task leaves the list:
            // the client refuses to move it there, and the demo server leaves it out as Reply would.
            Instant farOut = Instant.now().plus(Duration.ofDays(400));
            assertThatThrownBy(() -> client.reschedule(first + 4, farOut, farOut.plus(Duration.ofHours(1))))
                    .hasMessageContaining("within a year");
            String put = "{\"taskType\": \"call\", \"startAt\": \"" + farOut + "\", \"dueTo\": \""
                    + farOut.plus(Duration.ofHours(1)) + "\", \"template\": {\"body\": \"Call\"}}";
            HttpResponse<String> moved4 = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.root() + "/v3/tasks/" + (first + 8))).header("Authorization", "Bearer k")
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(put)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(moved4.statusCode()).isEqualTo(200);
            TaskDetail handedOver = client.reassign(first + 3, 1002);   // Riley, in the demo team

            assertThat(failed).containsOnlyKeys(999_999L);
            assertThat(moved.dueTo()).isEqualTo(soon);
            assertThat(moved.template().body()).contains("{{");
            assertThat(client.pendingTasks(1001, 0, 1000).items()).extracting(TaskSummary::id)
                    .doesNotContain(first, first + 1, first + 3, first + 8).contains(first + 2, first + 4);
            assertThat(handedOver.id()).isEqualTo(first + 3);
            assertThat(client.contact(1)).hasValueSatisfying(c -> assertThat(c.fullName()).isEqualTo("Åsa Lindqvist"));
            assertThat(client.contact(424242)).isEmpty();
        }
    }
}

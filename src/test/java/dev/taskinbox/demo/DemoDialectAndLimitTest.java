package dev.taskinbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.AuthScheme;
import dev.taskinbox.api.EnumDialect;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The demo server's newest dialect and rate limit, through the real client end to end. */
class DemoDialectAndLimitTest {

    private static HttpResponse<String> get(DemoServer server, String path, String header, String value) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.root() + path))
                .header(header, value).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theNewestDialectTakesBearerOnlyAndWritesCamelCaseEnums() throws Exception {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withNewestDialect(true), 0)) {
            assertThat(get(server, "/v3/whoami", "X-API-Key", "k").statusCode()).isEqualTo(401);
            HttpResponse<String> task = get(server, "/v3/tasks/5001?includeContent=true", "Authorization", "Bearer k");
            assertThat(task.statusCode()).isEqualTo(200);
            assertThat(task.body()).contains("\"taskType\":\"manualEmail\"").contains("\"status\":\"new\"")
                    .contains("\"creationSource\":\"sequence\"");
        }
    }

    @Test
    void theClientFindsBearerAndStringsOnItsOwnAndWorksThroughout() throws IOException {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withNewestDialect(true), 0)) {
            ReplyTaskGateway client = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());

            long me = client.currentUser().userId();
            List<TaskSummary> tasks = client.pendingTasks(me, 0, 1000).items();
            TaskSummary sms = tasks.stream().filter(t -> t.type() == TaskType.SMS).findFirst().orElseThrow();
            TaskDetail sent = client.execute(sms.id(), SendRequest.AS_IS);
            client.pendingTasks(me, 0, 1000);

            assertThat(client.authScheme()).isEqualTo(AuthScheme.BEARER);
            assertThat(client.dialect()).isEqualTo(EnumDialect.STRINGS);
            assertThat(tasks).hasSizeGreaterThanOrEqualTo(60).allMatch(t -> t.status() == TaskStatus.NEW);
            assertThat(sent.status()).isEqualTo(TaskStatus.FINISHED);
            // Before the server has said anything the seed's integers go out; after, its own strings.
            assertThat(server.requests()).filteredOn(r -> r.path().equals("/v3/tasks/filter"))
                    .extracting(DemoServer.RecordedRequest::body)
                    .containsExactly("{\"status\":0,\"assignedUserId\":1001}", "{\"status\":\"new\",\"assignedUserId\":1001}");
        }
    }

    @Test
    void overTheLimitTheServerAnswers429WithRetryAfter() throws Exception {
        DemoOptions limited = DemoOptions.defaults().withRateLimit(2, Duration.ofMinutes(1));
        try (DemoServer server = DemoServer.start(limited, 0)) {
            get(server, "/v3/whoami", "X-API-Key", "k");
            get(server, "/v3/whoami", "X-API-Key", "k");
            HttpResponse<String> third = get(server, "/v3/whoami", "X-API-Key", "k");

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
        // The client keeps a little margin: it counts when a request leaves, the server when it arrives.
        RequestBudget budget = new RequestBudget(List.of(new RequestBudget.Limit(100, window.plusMillis(100))),
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
    void batchCompleteRescheduleReassignAndContactsWorkAgainstTheDemo() throws IOException {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults(), 0)) {
            ReplyTaskGateway client = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());
            long first = DemoData.FIRST_TASK_ID;

            Map<Long, String> failed = client.completeAll(List.of(first, first + 1, 999_999L));
            assertThatThrownBy(() -> client.complete(first)).isInstanceOf(GatewayException.class);
            TaskDetail moved = client.reschedule(first + 2, Instant.parse("2030-01-01T09:00:00Z"),
                    Instant.parse("2030-01-01T10:00:00Z"));
            TaskDetail handedOver = client.reassign(first + 3, 2002);

            assertThat(failed).containsOnlyKeys(999_999L);
            assertThat(moved.dueTo()).isEqualTo(Instant.parse("2030-01-01T10:00:00Z"));
            assertThat(moved.template().body()).contains("{{");
            assertThat(client.pendingTasks(1001, 0, 1000).items()).extracting(TaskSummary::id)
                    .doesNotContain(first, first + 1, first + 3).contains(first + 2);
            assertThat(handedOver.id()).isEqualTo(first + 3);
            assertThat(client.contact(1)).hasValueSatisfying(c -> assertThat(c.fullName()).isEqualTo("Åsa Lindqvist"));
            assertThat(client.contact(424242)).isEmpty();
        }
    }
}

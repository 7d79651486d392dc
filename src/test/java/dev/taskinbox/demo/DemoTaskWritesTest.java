package dev.taskinbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's create and batch reassign against the demo server in each generation, and the server's strictness. */
class DemoTaskWritesTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void createAndBatchReassignWorkInEitherGeneration(boolean seed) throws IOException {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withSeedDialect(seed), 0)) {
            ReplyTaskGateway client = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());
            List<TaskSummary> mine = client.pendingTasks(client.currentUser().userId(), 0, 1000).items();
            Instant due = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);

            TaskDetail made = client.create(new NewTask(TaskType.LINKED_IN, LinkedInAction.MESSAGE, 1, due.minus(Duration.ofHours(1)),
                    due, "", "Thanks for connecting, {{firstName}}"));
            Map<Long, String> failed = client.reassignAll(List.of(mine.get(0).id(), mine.get(1).id(), 999_999L), 1003);

            ServerTask stored = server.task(made.id());
            assertThat(stored.createdByClient()).isTrue();
            assertThat(stored.type()).isEqualTo("linkedIn");
            assertThat(stored.contactId()).isEqualTo(1);
            assertThat(stored.dueTo()).isEqualTo(due);
            assertThat(stored.body()).isEqualTo("Thanks for connecting, {{firstName}}");
            assertThat(failed).containsOnlyKeys(999_999L);
            assertThat(server.task(mine.get(0).id()).assignedUserId()).isEqualTo(1003);
            assertThat(server.task(mine.get(1).id()).assignedUserId()).isEqualTo(1003);
            assertThat(server.requests()).filteredOn(r -> r.path().equals("/v3/tasks/batch/assign")).singleElement()
                    .satisfies(r -> assertThat(r.body()).contains(seed ? "\"assignedUserId\"" : "\"userId\""));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theServerRefusesWhatTheDocsDoNotAllow(boolean seed) throws Exception {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withSeedDialect(seed), 0)) {
            ReplyTaskGateway client = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k", TestBudgets.fastOptions());
            client.currentUser();
            Instant due = Instant.now().plus(Duration.ofDays(3));
            assertThatThrownBy(() -> client.create(new NewTask(TaskType.CALL, null, 424_242, due.minusSeconds(60), due, "", "x")))
                    .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.userMessage()).contains("424242"));
            assertThat(client.reassignAll(List.of(5001L), 7777)).as("someone outside the team")
                    .hasEntrySatisfying(5001L, why -> assertThat(why).contains("not a member"));
            assertThat(server.task(5001).assignedUserId()).isEqualTo(1001);
        }
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withSeedDialect(seed), 0)) {
            String wrongName = "{\"ids\": [5001], \"" + (seed ? "userId" : "assignedUserId") + "\": 1002}";
            HttpResponse<String> answer = post(server, "/v3/tasks/batch/assign", wrongName, seed);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains(seed ? "/assignedUserId" : "/userId");
            String dueBeforeStart = "{\"taskType\": " + (seed ? "2" : "\"call\"") + ", \"contactId\": 1,"
                    + " \"startAt\": \"2026-12-05T10:00:00Z\", \"dueTo\": \"2026-12-05T09:00:00Z\", \"template\": {\"body\": \"x\"}}";
            assertThat(post(server, "/v3/tasks", dueBeforeStart, seed).body()).contains("/dueTo");
            assertThat(server.tasks()).noneMatch(ServerTask::createdByClient);
        }
    }

    private static HttpResponse<String> post(DemoServer server, String path, String body, boolean seed) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.root() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        request = seed ? request.header("X-API-Key", "k") : request.header("Authorization", "Bearer k");
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

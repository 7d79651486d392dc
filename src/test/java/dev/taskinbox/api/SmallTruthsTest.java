package dev.taskinbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit's smaller findings, each pinned: roots, chunks, pages, names, 404s. */
class SmallTruthsTest {
    private MockReply reply;
    private ReplyTaskGateway gateway;

    @BeforeEach
    void start() throws IOException {
        reply = new MockReply();
        gateway = reply.gateway(reply.options());
    }

    @AfterEach
    void stop() throws IOException {
        reply.close();
    }

    @Test
    void aRootTypedWithV3IsTheSameRoot() {
        assertThat(ApiEndpoint.parse("https://api.reply.io/v3").root().toString()).isEqualTo("https://api.reply.io");
        assertThat(ApiEndpoint.parse("https://api.reply.io/v3/").root().toString()).isEqualTo("https://api.reply.io");
        assertThat(ApiEndpoint.parse("https://proxy.example/reply/v3").root().toString()).isEqualTo("https://proxy.example/reply");
        assertThat(ApiEndpoint.parse("https://api.reply.io").root().toString()).isEqualTo("https://api.reply.io");
    }

    @Test
    void theClientCallsV3OnceWhenTheRootHasItToo() throws Exception {
        ReplyTaskGateway typedWithVersion = ReplyTaskGateway.create(
                ApiEndpoint.parse(reply.server.url("/v3").toString()), MockReply.KEY, reply.options());
        reply.answer("{\"userId\": 1}");

        typedWithVersion.currentUser();

        assertThat(reply.taken().getPath()).isEqualTo("/v3/whoami");
    }

    @Test
    void aFailingBatchChunkReportsItsOwnTasksAndTheOthersStillGo() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 150; id++) {
            ids.add(id);
        }
        reply.answer("{\"7\": {\"error\": 7}}");
        reply.server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"title\": \"Bad Request\", \"code\": \"task.batchRefused\", \"detail\": \"Not today.\"}"));

        Map<Long, String> notDone = gateway.completeAll(ids);

        assertThat(reply.server.getRequestCount()).isEqualTo(2);
        assertThat(notDone).hasSize(51).containsEntry(7L, "Cannot be completed: it is already finished.");
        assertThat(notDone.get(150L)).contains("Not today.");
        assertThat(notDone).doesNotContainKey(99L);
    }

    @Test
    void oneUnreadableItemCostsThatItemOnlyAndPagingMovesByWhatCame() throws Exception {
        reply.answer("{\"items\": [{\"id\": 1, \"taskType\": \"sms\", \"status\": \"new\"},"
                + " {\"id\": 2, \"contact\": \"Ann\", \"dueTo\": {\"odd\": true}},"
                + " {\"id\": 3, \"taskType\": \"call\", \"status\": \"new\", \"contact\": {\"id\": 4, \"fullName\": \"Bo\"}}],"
                + " \"hasMore\": true}");

        TaskPage page = gateway.pendingTasks(1001, 0, 1000);

        assertThat(page.items()).extracting(t -> t.id()).containsExactly(1L, 3L);
        assertThat(page.unreadable()).isEqualTo(1);
        assertThat(page.returned()).isEqualTo(3);
        assertThat(page.items().get(1).contactName()).isEqualTo("Bo");
    }

    @Test
    void sequencesAreReadAThousandAtATime() throws Exception {
        reply.answer("{\"items\": [{\"id\": 301, \"name\": \"Outbound\"}], \"hasMore\": false}");

        assertThat(gateway.sequenceNames()).containsEntry(301L, "Outbound");
        RecordedRequest request = reply.taken();
        assertThat(request.getRequestUrl().queryParameter("top")).isEqualTo("1000");
    }

    @Test
    void a404SaysWhatIsMissingAndOnlyTheTasksOwnMeansTheTaskIsGone() {
        reply.server.enqueue(problem(404, "emailAccount.notFound"));
        reply.server.enqueue(problem(404, "task.notFound"));
        reply.server.enqueue(new MockResponse().setResponseCode(404));

        assertThatThrownBy(() -> gateway.execute(1, dev.taskinbox.task.SendRequest.AS_IS))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.taskGone()).isFalse();
                    assertThat(e.userMessage()).startsWith("Reply could not find that email account");
                });
        assertThatThrownBy(() -> gateway.complete(1)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.taskGone()).isTrue());
        assertThatThrownBy(() -> gateway.task(1)).as("the task's own read answering 404")
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.taskGone()).isTrue());
    }

    @Test
    void forbiddenAnswersSayWhatToDo() {
        reply.server.enqueue(problem(403, "insufficient_scope"));
        reply.server.enqueue(problem(403, "USER_REQUIRED"));

        assertThatThrownBy(gateway::currentUser).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.userMessage()).contains("create a key with the tasks scopes"));
        assertThatThrownBy(gateway::currentUser).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.userMessage()).contains("Acting user in Settings"));
    }

    private static MockResponse problem(int status, String code) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"title\": \"No\", \"status\": " + status + ", \"code\": \"" + code + "\"}");
    }
}

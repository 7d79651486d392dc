package dev.taskinbox.api;

import static dev.taskinbox.support.MockReply.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.support.Fixtures;
import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Create and batch reassign, in both generations' bodies (reply-api-v3-tasks.md §3.3, §3.9). */
class TaskWritesTest {
    private static final Instant START = Instant.parse("2026-12-04T00:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-04T09:00:00Z");

    private MockReply reply;

    @AfterEach
    void stop() throws IOException {
        reply.close();
    }

    private ReplyTaskGateway gateway(WireForm form) throws IOException {
        reply = new MockReply();
        return reply.gateway(reply.options().withRememberedForm(form));
    }

    @Test
    void batchReassignNamesTheUserAsTheCurrentDocsDoAndSplitsIntoHundreds() throws Exception {
        ReplyTaskGateway gateway = gateway(WireForm.CURRENT);
        reply.answer("{}");
        reply.answer("{\"150\": {\"error\": 1}}");

        Map<Long, String> failed = gateway.reassignAll(LongStream.rangeClosed(1, 150).boxed().toList(), 1003);

        assertThat(failed).containsOnlyKeys(150L);
        RecordedRequest first = reply.taken();
        assertThat(first.getPath()).isEqualTo("/v3/tasks/batch/assign");
        String body = first.getBody().readUtf8();
        assertThat(body).contains("\"userId\":1003").doesNotContain("assignedUserId");
        assertThat(reply.taken().getBody().readUtf8()).startsWith("{\"ids\":[101,");
    }

    @Test
    void theSeedsGenerationGetsAssignedUserId() throws Exception {
        ReplyTaskGateway gateway = gateway(WireForm.SEED);
        reply.answer("{}");

        assertThat(gateway.reassignAll(List.of(7L, 8L), 1002)).isEmpty();

        assertJson(reply.taken().getBody().readUtf8(), "{\"ids\": [7, 8], \"assignedUserId\": 1002}");
    }

    @Test
    void aRefusalThatPointsAtTheMemberGoesOnceWithTheOtherName() throws Exception {
        ReplyTaskGateway gateway = gateway(WireForm.CURRENT);
        reply.server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"title\": \"Bad Request\", \"code\": \"validation.failed\","
                        + " \"errors\": [{\"pointer\": \"/assignedUserId\", \"detail\": \"assignedUserId is required.\"}]}"));
        reply.answer("{}");

        assertThat(gateway.reassignAll(List.of(7L), 1002)).isEmpty();

        assertThat(reply.taken().getBody().readUtf8()).contains("\"userId\"");
        assertThat(reply.taken().getBody().readUtf8()).contains("\"assignedUserId\"");
        assertThat(reply.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void withoutTheBatchRouteEachTaskIsReassignedOnItsOwn() throws Exception {
        ReplyTaskGateway gateway = gateway(WireForm.CURRENT);
        reply.server.enqueue(new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"title\": \"Not Found\", \"code\": \"route.notFound\"}"));
        reply.answer(Fixtures.read("task-detail-integers.json").replace("\"taskType\": 7", "\"taskType\": \"manualEmail\"")
                .replace("\"status\": 0", "\"status\": \"new\""));
        reply.answer(404);

        Map<Long, String> failed = gateway.reassignAll(List.of(7L, 8L), 1002);

        assertThat(failed).containsOnlyKeys(8L);
        reply.taken();
        RecordedRequest one = reply.taken();
        assertThat(one.getMethod()).isEqualTo("PUT");
        assertThat(one.getPath()).isEqualTo("/v3/tasks/7/assigned-user");
        assertJson(one.getBody().readUtf8(), "{\"userId\": 1002}");
    }

    @Test
    void createSendsTheWholeTaskOnceInTheCurrentForm() throws Exception {
        ReplyTaskGateway gateway = gateway(WireForm.CURRENT);
        reply.answer("{\"id\": 9001, \"taskType\": \"linkedIn\", \"status\": \"new\", \"contactId\": 42,"
                + " \"startAt\": \"2026-12-04T00:00:00Z\", \"dueTo\": \"2026-12-04T09:00:00Z\"}");

        var made = gateway.create(new NewTask(TaskType.LINKED_IN, LinkedInAction.MESSAGE, 42, START, DUE,
                "ignored for LinkedIn", "Thanks for connecting"));

        assertThat(made.id()).isEqualTo(9001);
        RecordedRequest request = reply.taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v3/tasks");
        assertJson(request.getBody().readUtf8(), "{\"taskType\": \"linkedIn\", \"startAt\": \"2026-12-04T00:00:00Z\","
                + " \"dueTo\": \"2026-12-04T09:00:00Z\", \"template\": {\"body\": \"Thanks for connecting\","
                + " \"attachmentIdList\": []}, \"contactId\": 42, \"linkedInTaskType\": \"message\"}");
    }

    @Test
    void aCreateWhoseAnswerIsLostIsNotSentAgain() throws Exception {
        ReplyTaskGateway gateway = gateway(WireForm.CURRENT);
        reply.answer(502);
        reply.answer(502);

        assertThatThrownBy(() -> gateway.create(new NewTask(TaskType.CALL, null, 42, START, DUE, "", "Call back")))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.certainlyNotProcessed()).isFalse());
        assertThat(reply.server.getRequestCount()).as("never repeated: it may have been created").isEqualTo(1);
    }
}

package dev.taskinbox.api;

import static dev.taskinbox.support.MockReply.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.support.Fixtures;
import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's requests and readings in Reply's current generation (the docs' G2 pages: Bearer,
 * camelCase enums), on first contact with nothing remembered. {@link ReplyTaskGatewayTest} holds
 * the same rows in the seed's generation.
 */
class CurrentFormContractTest {
    private static final String KEY = MockReply.KEY;
    /** A task as the current "Get a task" page shows it, once finished. */
    private static final String FINISHED = Fixtures.read("task-detail-strings.json").replace("\"status\": \"new\"",
            "\"status\": \"finished\"");

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

    private RecordedRequest taken() throws InterruptedException {
        RecordedRequest request = reply.taken();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeader("X-API-Key")).isNull();
        return request;
    }

    @Test
    void whoamiAndTheFilterGoInTheCurrentFormAndItsListIsRead() throws Exception {
        reply.answer("{\"userId\": 1001}");
        reply.answer("{\"items\": [{\"id\": 9, \"taskType\": \"whatsApp\", \"status\": \"new\", \"linkedInTaskType\": null,"
                + " \"assignedUserId\": 1001, \"contact\": {\"id\": 3, \"fullName\": \"Zoë O'Brien\"},"
                + " \"startAt\": \"2026-12-01T08:00:00Z\", \"dueTo\": \"2026-12-01T10:00:00Z\", \"finishedAt\": null,"
                + " \"isScheduled\": true, \"sequenceId\": 301, \"sequenceStepId\": 17}], \"hasMore\": false}");

        long me = gateway.currentUser().userId();
        TaskPage page = gateway.pendingTasks(me, 0, 1000);

        assertThat(taken().getPath()).isEqualTo("/v3/whoami");
        RecordedRequest filter = taken();
        assertThat(filter.getPath()).isEqualTo("/v3/tasks/filter?top=1000&skip=0");
        assertJson(filter.getBody().readUtf8(), "{\"status\": \"new\", \"assignedUserId\": 1001}");
        assertThat(page.items()).singleElement().satisfies(task -> {
            assertThat(task.type()).isEqualTo(TaskType.WHATSAPP);
            assertThat(task.contactName()).isEqualTo("Zoë O'Brien");
            assertThat(task.scheduled()).isTrue();
            assertThat(task.dueTo()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        });
    }

    @Test
    void executeCarriesNoEnumAndIsTheSameInBothForms() throws Exception {
        reply.answer(FINISHED);
        reply.answer(FINISHED);

        gateway.execute(5002, SendRequest.AS_IS);
        gateway.execute(5002, new SendRequest(new MessageContent("Hi", "<p>Hi <b>Tomás</b></p>"), 12L));

        assertThat(taken().getBody().readUtf8()).isEqualTo("{}");
        assertJson(taken().getBody().readUtf8(),
                "{\"content\": {\"subject\": \"Hi\", \"body\": \"<p>Hi <b>Tomás</b></p>\"}, \"emailAccountId\": 12}");
    }

    @Test
    void aCallOutcomeIsSpelledAsANameInTheCurrentForm() throws Exception {
        reply.answer(FINISHED);
        reply.answer(FINISHED);

        gateway.complete(5002, CallOutcome.NEGATIVE);
        gateway.complete(5002);

        assertJson(taken().getBody().readUtf8(), "{\"callResolution\": \"negative\"}");
        assertThat(taken().getBody().readUtf8()).isEqualTo("{}");
    }

    @Test
    void anUpdatePutsTheWholeTaskBackWithItsTypeAsAName() throws Exception {
        reply.answer(Fixtures.read("task-detail-strings.json"));
        reply.answer(Fixtures.read("task-detail-strings.json"));
        Instant start = Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        gateway.reschedule(5002, start, start.plusSeconds(3600));

        assertThat(taken().getPath()).isEqualTo("/v3/tasks/5002");
        RecordedRequest put = taken();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertJson(put.getBody().readUtf8(), "{\"taskType\": \"linkedIn\", \"startAt\": \"" + start + "\", \"dueTo\": \""
                + start.plusSeconds(3600) + "\", \"template\": {\"body\": \"Hi {{firstName}}\"}, \"contactId\": 2,"
                + " \"linkedInTaskType\": \"inMail\"}");
    }

    @Test
    void batchCompleteAndReassignFollowTheirPages() throws Exception {
        reply.answer("{\"5003\": {\"error\": 1}}");
        reply.answer(FINISHED);

        assertThat(gateway.completeAll(List.of(5002L, 5003L))).containsOnlyKeys(5003L);
        gateway.reassign(5002, 1002);

        RecordedRequest batch = taken();
        assertThat(batch.getPath()).isEqualTo("/v3/tasks/batch/complete");
        assertJson(batch.getBody().readUtf8(), "{\"ids\": [5002, 5003]}");
        RecordedRequest assign = taken();
        assertThat(assign.getPath()).isEqualTo("/v3/tasks/5002/assigned-user");
        assertJson(assign.getBody().readUtf8(), "{\"userId\": 1002}");
    }

    @Test
    void aTaskReadsInTheCurrentFormWithItsFlags() throws Exception {
        reply.answer(Fixtures.read("task-detail-strings.json"));

        var task = gateway.task(5002);

        assertThat(taken().getPath()).isEqualTo("/v3/tasks/5002?includeContent=true");
        assertThat(task.status()).isEqualTo(TaskStatus.NEW);
        assertThat(task.linkedInAction()).isEqualTo(LinkedInAction.IN_MAIL);
        assertThat(task.scheduled()).isTrue();
    }

    @Test
    void aValidationProblemKeepsItsPointersForTheFieldsTheyName() {
        reply.server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"type\": \"about:blank\", \"title\": \"Validation failed\", \"status\": 400,"
                        + " \"code\": \"validation.failed\", \"errors\": [{\"pointer\": \"/content/body\","
                        + " \"detail\": \"The body must not be empty.\"}]}"));

        assertThatThrownBy(() -> gateway.execute(5002, new SendRequest(new MessageContent("Hi", " "), null)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.REJECTED);
                    assertThat(e.problem().fieldErrors()).containsExactly(
                            new GatewayException.FieldError("/content/body", "The body must not be empty."));
                });
        assertThat(reply.server.getRequestCount()).isEqualTo(1);
    }
}

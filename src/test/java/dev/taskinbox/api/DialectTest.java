package dev.taskinbox.api;

import static dev.taskinbox.support.MockReply.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.support.Fixtures;
import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both wire dialects: read either, write what the server speaks (or what settings pin). */
class DialectTest {
    private static final String EMPTY_PAGE = "{\"items\": [], \"hasMore\": false}";

    private MockReply reply;

    @BeforeEach
    void start() throws IOException {
        reply = new MockReply();
    }

    @AfterEach
    void stop() throws IOException {
        reply.close();
    }

    @Test
    void requestsUseIntegersUntilTheServerSpeaksStrings() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        reply.answer(EMPTY_PAGE);
        reply.answer(Fixtures.read("task-detail-strings.json"));
        reply.answer(EMPTY_PAGE);

        gateway.pendingTasks(1001, 0, 1000);
        gateway.task(5002);
        gateway.pendingTasks(1001, 0, 1000);

        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": 0, \"assignedUserId\": 1001}");
        reply.taken();
        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": \"new\", \"assignedUserId\": 1001}");
        assertThat(gateway.dialect()).isEqualTo(EnumDialect.STRINGS);
    }

    @Test
    void aServerThatSpeaksIntegersAgainIsAnsweredInIntegers() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        reply.answer(Fixtures.read("task-detail-strings.json"));
        reply.answer(Fixtures.read("task-detail-integers.json"));
        reply.answer(EMPTY_PAGE);

        gateway.task(5002);
        gateway.task(5001);
        gateway.pendingTasks(1001, 0, 1000);

        reply.taken();
        reply.taken();
        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": 0, \"assignedUserId\": 1001}");
    }

    @Test
    void settingsCanPinADialect() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options().withPinnedDialect(EnumDialect.STRINGS));
        reply.answer(Fixtures.read("task-detail-integers.json"));
        reply.answer(EMPTY_PAGE);

        gateway.task(5001);
        gateway.pendingTasks(1001, 0, 1000);

        reply.taken();
        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": \"new\", \"assignedUserId\": 1001}");
    }

    @Test
    void accountStatusStringsDoNotTeachTheTaskDialect() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        reply.answer("{\"items\": [{\"id\": 11, \"email\": \"a@b.example\", \"connectionStatus\": \"connected\"}],"
                + " \"hasMore\": false}");
        reply.answer(EMPTY_PAGE);

        gateway.myEmailAccounts();
        gateway.pendingTasks(1001, 0, 1000);

        reply.taken();
        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": 0, \"assignedUserId\": 1001}");
    }

    @Test
    void enumsAreReadInAnyCaseAndAsNumericStrings() {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        reply.answer("{\"id\": 1, \"taskType\": \"MANUALEMAIL\", \"status\": \"Finished\", \"linkedInTaskType\": \"3\"}");
        reply.answer("{\"id\": 2, \"taskType\": \"whatsapp\", \"status\": \"SequenceDetached\", \"linkedInTaskType\": {}}");
        reply.answer("{\"id\": 3, \"taskType\": 6, \"status\": 2, \"linkedInTaskType\": true}");

        TaskDetail first = gateway.task(1);
        TaskDetail second = gateway.task(2);
        TaskDetail third = gateway.task(3);

        assertThat(first.type()).isEqualTo(TaskType.MANUAL_EMAIL);
        assertThat(first.status()).isEqualTo(TaskStatus.FINISHED);
        assertThat(first.linkedInAction()).isEqualTo(LinkedInAction.VIEW_PROFILE);
        assertThat(second.type()).isEqualTo(TaskType.WHATSAPP);
        assertThat(second.status()).isEqualTo(TaskStatus.SEQUENCE_DETACHED);
        assertThat(second.linkedInAction()).isEqualTo(LinkedInAction.UNKNOWN);
        assertThat(third.type()).as("gaps in the integer codes are unknown, not errors").isEqualTo(TaskType.UNKNOWN);
        assertThat(third.status()).isEqualTo(TaskStatus.UNKNOWN);
    }

    @Test
    void bearerFromSettingsIsUsedFromTheFirstRequest() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options().withAuthScheme(AuthScheme.BEARER));
        reply.answer("{\"userId\": 1}");

        gateway.currentUser();

        var request = reply.taken();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + MockReply.KEY);
        assertThat(request.getHeader("X-API-Key")).isNull();
    }
}

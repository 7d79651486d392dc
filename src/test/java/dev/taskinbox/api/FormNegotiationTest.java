package dev.taskinbox.api;

import static dev.taskinbox.support.MockReply.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.support.Fixtures;
import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wire form without settings: Reply's current form first; a 401 tries the other scheme once,
 * a 400 that blames an enum tries the other spelling once; what worked is reported to be remembered.
 */
class FormNegotiationTest {
    private static final String EMPTY_PAGE = "{\"items\": [], \"hasMore\": false}";
    /** What a strict server says to an enum in the wrong form (ASP.NET-style, with a JSON Pointer). */
    private static final String ENUM_REFUSED = "{\"title\": \"One or more validation errors occurred.\", \"status\": 400,"
            + " \"code\": \"validation.failed\", \"errors\": [{\"pointer\": \"/status\","
            + " \"detail\": \"The JSON value could not be converted to TaskStatus.\"}]}";

    private MockReply reply;

    @BeforeEach
    void start() throws IOException {
        reply = new MockReply();
    }

    @AfterEach
    void stop() throws IOException {
        reply.close();
    }

    private void refuse(int status, String problem) {
        reply.server.enqueue(new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/problem+json").setBody(problem));
    }

    private void unauthorized() {
        reply.server.enqueue(new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Bearer"));
    }

    @Test
    void firstContactSpeaksTheCurrentFormBearerAndStrings() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        reply.answer("{\"userId\": 1001}");
        reply.answer(EMPTY_PAGE);

        gateway.pendingTasks(gateway.currentUser().userId(), 0, 1000);

        RecordedRequest whoami = reply.taken();
        assertThat(whoami.getHeader("Authorization")).isEqualTo("Bearer " + MockReply.KEY);
        assertThat(whoami.getHeader("X-API-Key")).isNull();
        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": \"new\", \"assignedUserId\": 1001}");
        assertThat(reply.server.getRequestCount()).as("no extra request against the current form").isEqualTo(2);
        assertThat(reply.learned).containsExactly(WireForm.CURRENT);
    }

    @Test
    void aSeedOnlyServerIsFoundOnFirstContactWithOneExtraRequest() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        unauthorized();
        reply.answer("{\"userId\": 1001}");
        reply.answer(EMPTY_PAGE);

        gateway.pendingTasks(gateway.currentUser().userId(), 0, 1000);

        assertThat(reply.taken().getHeader("Authorization")).isEqualTo("Bearer " + MockReply.KEY);
        assertThat(reply.taken().getHeader("X-API-Key")).isEqualTo(MockReply.KEY);
        RecordedRequest filter = reply.taken();
        assertThat(filter.getHeader("X-API-Key")).isEqualTo(MockReply.KEY);
        // The seed's scheme brings the seed's spelling, so no 400 is needed to find it.
        assertJson(filter.getBody().readUtf8(), "{\"status\": 0, \"assignedUserId\": 1001}");
        assertThat(gateway.form()).isEqualTo(WireForm.SEED);
        assertThat(reply.learned).containsExactly(WireForm.SEED);
    }

    @Test
    void aRefusedEnumGoesOnceMoreInTheOtherSpellingAndThatIsKept() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options().withRememberedForm(WireForm.CURRENT));
        refuse(400, ENUM_REFUSED.replace("to TaskStatus", "to an enum"));
        reply.answer(EMPTY_PAGE);
        reply.answer(EMPTY_PAGE);

        gateway.pendingTasks(1001, 0, 1000);
        gateway.pendingTasks(1001, 0, 1000);

        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": \"new\", \"assignedUserId\": 1001}");
        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": 0, \"assignedUserId\": 1001}");
        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": 0, \"assignedUserId\": 1001}");
        assertThat(reply.learned).containsExactly(new WireForm(AuthScheme.BEARER, EnumDialect.INTEGERS));
    }

    @Test
    void aMixedServerXApiKeyWithStringsIsFoundToo() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        unauthorized();
        reply.answer("{\"userId\": 1001}");
        refuse(400, ENUM_REFUSED);
        reply.answer(EMPTY_PAGE);

        gateway.pendingTasks(gateway.currentUser().userId(), 0, 1000);

        reply.taken();
        reply.taken();
        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": 0, \"assignedUserId\": 1001}");
        RecordedRequest last = reply.taken();
        assertThat(last.getHeader("X-API-Key")).isEqualTo(MockReply.KEY);
        assertJson(last.getBody().readUtf8(), "{\"status\": \"new\", \"assignedUserId\": 1001}");
        assertThat(gateway.form()).isEqualTo(new WireForm(AuthScheme.X_API_KEY, EnumDialect.STRINGS));
    }

    @Test
    void aBusinessRefusalIsNotTriedInAnotherForm() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options().withRememberedForm(WireForm.CURRENT));
        refuse(400, "{\"title\": \"Bad Request\", \"code\": \"task.notNew\", \"detail\": \"Task 7 is already finished.\"}");

        assertThatThrownBy(() -> gateway.complete(7, CallOutcome.POSITIVE))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.REJECTED));
        assertThat(reply.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void callResolutionFollowsTheSameRule() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options().withRememberedForm(WireForm.CURRENT));
        refuse(400, "{\"title\": \"Bad Request\", \"errors\": [{\"pointer\": \"/callResolution\","
                + " \"detail\": \"must be a valid enum value\"}]}");
        reply.answer(Fixtures.read("task-detail-integers.json").replace("\"status\": 0", "\"status\": 1"));

        TaskDetail done = gateway.complete(5001, CallOutcome.TO_CALL);

        assertJson(reply.taken().getBody().readUtf8(), "{\"callResolution\": \"toCall\"}");
        assertJson(reply.taken().getBody().readUtf8(), "{\"callResolution\": 1}");
        assertThat(done.status()).isEqualTo(TaskStatus.FINISHED);
    }

    @Test
    void anExecuteRefusedWith400IsNeverSentAgainInAnotherForm() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        refuse(400, ENUM_REFUSED);

        assertThatThrownBy(() -> gateway.execute(5001, SendRequest.AS_IS)).isInstanceOf(GatewayException.class);
        assertThat(reply.server.getRequestCount()).as("execute carries no enum").isEqualTo(1);
    }

    @Test
    void anExecuteRefusedWith401GoesOnceInTheOtherSchemeOnly() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        unauthorized();
        reply.answer(Fixtures.read("task-detail-integers.json").replace("\"status\": 0", "\"status\": 1"));

        gateway.execute(5001, SendRequest.AS_IS);

        assertThat(reply.taken().getHeader("Authorization")).startsWith("Bearer ");
        assertThat(reply.taken().getHeader("X-API-Key")).isEqualTo(MockReply.KEY);
        assertThat(reply.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aPinnedDialectIsNeverSwitched() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options().withPinnedDialect(EnumDialect.STRINGS)
                .withRememberedForm(WireForm.SEED));
        refuse(400, ENUM_REFUSED);

        assertThatThrownBy(() -> gateway.pendingTasks(1001, 0, 1000)).isInstanceOf(GatewayException.class);
        assertJson(reply.taken().getBody().readUtf8(), "{\"status\": \"new\", \"assignedUserId\": 1001}");
        assertThat(reply.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPinnedSchemeIsUsedFromTheFirstRequestAndNeverSwitched() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options().withPinnedAuth(AuthScheme.X_API_KEY));
        unauthorized();

        assertThatThrownBy(gateway::currentUser).isInstanceOf(GatewayException.class);
        assertThat(reply.taken().getHeader("X-API-Key")).isEqualTo(MockReply.KEY);
        assertThat(reply.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void bothSpellingsRefusedIsReportedOnceTried() {
        ReplyTaskGateway gateway = reply.gateway(reply.options());
        refuse(400, ENUM_REFUSED);
        refuse(400, ENUM_REFUSED);

        assertThatThrownBy(() -> gateway.pendingTasks(1001, 0, 1000))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.REJECTED);
                    assertThat(e.problem().fieldErrors()).extracting(GatewayException.FieldError::pointer)
                            .containsExactly("/status");
                });
        assertThat(reply.server.getRequestCount()).isEqualTo(2);
        assertThat(reply.learned).isEmpty();
    }

    @Test
    void teamAndActingUserGoWithEveryCall() throws Exception {
        ReplyTaskGateway gateway = reply.gateway(reply.options().withActing(new ActingAs("77", "", "rep@acme.example")));
        unauthorized();
        reply.answer("{\"userId\": 1001}");

        gateway.currentUser();

        for (int i = 0; i < 2; i++) {
            RecordedRequest request = reply.taken();
            assertThat(request.getHeader("X-TEAM-ID")).isEqualTo("77");
            assertThat(request.getHeader("X-User-Email")).isEqualTo("rep@acme.example");
            assertThat(request.getHeader("X-User-Id")).isNull();
        }
    }

    @Test
    void aTeamRequiredAnswerAsksForTheSettingAndSaysWhatToDo() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        ReplyTaskGateway gateway = reply.gateway(reply.options().withOnNeedsIdentity(asked::add));
        refuse(403, "{\"title\": \"Forbidden\", \"code\": \"TEAM_REQUIRED\"}");

        assertThatThrownBy(gateway::currentUser).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.needsIdentity()).isTrue();
            assertThat(e.userMessage()).contains("Team in Settings");
        });
        assertThat(asked).containsExactly("TEAM_REQUIRED");
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
    void whatCountsAsAnEnumComplaint() {
        assertThat(FormNegotiator.blamesAnEnum(problem("", "", "", "$.status", "bad"))).isTrue();
        assertThat(FormNegotiator.blamesAnEnum(problem("", "", "", "#/taskType", ""))).isTrue();
        assertThat(FormNegotiator.blamesAnEnum(problem("Bad Request", "Invalid callResolution", "", "", ""))).isTrue();
        assertThat(FormNegotiator.blamesAnEnum(problem("", "must be a valid enum value", "validation.failed", "", "")))
                .isTrue();
        assertThat(FormNegotiator.blamesAnEnum(problem("Bad Request", "The task status is finished", "task.notNew", "", "")))
                .as("a business refusal").isFalse();
        assertThat(FormNegotiator.blamesAnEnum(problem("Bad Request", "The recipient is suppressed.", "", "", "")))
                .isFalse();
    }

    private static GatewayException.ServerProblem problem(String title, String detail, String code, String pointer,
                                                          String message) {
        return new GatewayException.ServerProblem(title, detail, code, pointer.isEmpty() ? java.util.List.of()
                : java.util.List.of(new GatewayException.FieldError(pointer, message)));
    }
}

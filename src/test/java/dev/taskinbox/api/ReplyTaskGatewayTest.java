package dev.taskinbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.support.Fixtures;
import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's contract with Reply API v3 as the seed documents it (X-API-Key, integer enums: the
 * form is remembered from an earlier run here): exact requests out, both dialects in, failures
 * classified. {@link CurrentFormContractTest} holds the current generation's requests.
 */
class ReplyTaskGatewayTest {
    private static final String KEY = MockReply.KEY;

    private MockReply reply;
    private MockWebServer server;
    private ReplyTaskGateway gateway;
    private List<Duration> sleeps;
    private List<WireForm> learned;

    @BeforeEach
    void start() throws IOException {
        reply = new MockReply();
        server = reply.server;
        sleeps = reply.sleeps;
        learned = reply.learned;
        gateway = reply.gateway(reply.options().withRememberedForm(WireForm.SEED));
    }

    @AfterEach
    void stop() throws IOException {
        reply.close();
    }

    private void answer(String json) {
        reply.answer(json);
    }

    private RecordedRequest taken() throws InterruptedException {
        return reply.taken();
    }

    private static void assertJson(String actual, String expected) {
        MockReply.assertJson(actual, expected);
    }

    @Test
    void whoAmISendsTheKeyInXApiKeyAndReadsTheUser() throws Exception {
        answer("{\"userId\": 1001, \"username\": \"Sam Seller\"}");

        var user = gateway.currentUser();

        assertThat(user.userId()).isEqualTo(1001);
        assertThat(user.name()).isEqualTo("Sam Seller");
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/v3/whoami");
        assertThat(request.getHeader("X-API-Key")).isEqualTo(KEY);
        assertThat(request.getHeader("Authorization")).isNull();
    }

    @Test
    void whoAmIWithoutUsernameIsFine() {
        answer("{\"userId\": 7}");

        assertThat(gateway.currentUser().name()).isEmpty();
    }

    @Test
    void filterPostsStatusNewAndTheUserWithPaging() throws Exception {
        answer("{\"items\": [], \"hasMore\": false}");

        TaskPage page = gateway.pendingTasks(1001, 2000, 1000);

        assertThat(page.items()).isEmpty();
        assertThat(page.hasMore()).isFalse();
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/v3/tasks/filter");
        assertThat(request.getRequestUrl().queryParameter("top")).isEqualTo("1000");
        assertThat(request.getRequestUrl().queryParameter("skip")).isEqualTo("2000");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("X-API-Key")).isEqualTo(KEY);
        assertJson(request.getBody().readUtf8(), "{\"status\": 0, \"assignedUserId\": 1001}");
    }

    @Test
    void listItemsAreReadInEitherEncodingAndUnknownValuesStay() {
        answer(Fixtures.read("filter-page-mixed.json"));

        TaskPage page = gateway.pendingTasks(1001, 0, 1000);

        assertThat(page.hasMore()).isTrue();
        assertThat(page.items()).extracting(s -> s.type())
                .containsExactly(TaskType.MANUAL_EMAIL, TaskType.SMS, TaskType.UNKNOWN, TaskType.LINKED_IN);
        assertThat(page.items()).extracting(s -> s.status())
                .containsExactly(TaskStatus.NEW, TaskStatus.NEW, TaskStatus.UNKNOWN, TaskStatus.NEW);
        assertThat(page.items().get(0).contactName()).isEqualTo("Åsa Lindqvist");
        assertThat(page.items().get(0).sequenceId()).isEqualTo(301L);
        assertThat(page.items().get(1).dueTo()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(page.items().get(2).contactName()).isEmpty();
        assertThat(page.items().get(2).dueTo()).as("offset-less dates are UTC").isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(page.items().get(3).linkedInAction()).isEqualTo(LinkedInAction.CONNECT);
        assertThat(page.items().get(3).dueTo()).isNull();
    }

    @Test
    void taskIsReadWithContentInIntegerDialect() throws Exception {
        answer(Fixtures.read("task-detail-integers.json"));

        TaskDetail task = gateway.task(5001);

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/v3/tasks/5001?includeContent=true");
        assertThat(task.type()).isEqualTo(TaskType.MANUAL_EMAIL);
        assertThat(task.status()).isEqualTo(TaskStatus.NEW);
        assertThat(task.stepName()).isEqualTo("Step 2 - Email");
        assertThat(task.content()).isEqualTo(new MessageContent("Hi Åsa", "<p>Hello Åsa</p>"));
        assertThat(task.template().body()).isEqualTo("<p>Hello {{firstName}}</p>");
        assertThat(task.target()).isEqualTo(new DeliveryTarget("asa@nordhavn.example", null, null));
        assertThat(task.startAt()).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(task.dueTo()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(task.fromSequence()).isFalse();
    }

    @Test
    void taskIsReadInStringDialect() {
        answer(Fixtures.read("task-detail-strings.json"));

        TaskDetail task = gateway.task(5002);

        assertThat(task.type()).isEqualTo(TaskType.LINKED_IN);
        assertThat(task.linkedInAction()).isEqualTo(LinkedInAction.IN_MAIL);
        assertThat(task.scheduled()).isTrue();
        assertThat(task.fromSequence()).isTrue();
        assertThat(task.message()).isEqualTo(new MessageContent("", "Hi Tomás"));
        assertThat(task.target().addressFor(TaskType.LINKED_IN)).contains("https://www.linkedin.com/in/tomas-garcia");
    }

    @Test
    void executeAsIsPostsAnEmptyObject() throws Exception {
        answer(Fixtures.read("task-detail-integers.json"));

        gateway.execute(5001, SendRequest.AS_IS);

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v3/tasks/5001/execute");
        assertThat(request.getBody().readUtf8()).isEqualTo("{}");
    }

    @Test
    void executeWithEditPostsContentAndAccount() throws Exception {
        answer(Fixtures.read("task-detail-integers.json"));

        gateway.execute(5001, new SendRequest(new MessageContent("Hi Åsa", "<p>New & <b>better</b></p>"), 12L));

        assertJson(taken().getBody().readUtf8(),
                "{\"content\": {\"subject\": \"Hi Åsa\", \"body\": \"<p>New & <b>better</b></p>\"}, \"emailAccountId\": 12}");
    }

    @Test
    void completePostsAnEmptyObject() throws Exception {
        answer(Fixtures.read("task-detail-integers.json").replace("\"status\": 0", "\"status\": 1"));

        TaskDetail done = gateway.complete(5001);

        RecordedRequest request = taken();
        assertThat(request.getPath()).isEqualTo("/v3/tasks/5001/complete");
        assertThat(request.getBody().readUtf8()).isEqualTo("{}");
        assertThat(done.status()).isEqualTo(TaskStatus.FINISHED);
    }

    @Test
    void emailAccountsAskForMyOwnAndFollowPages() throws Exception {
        answer("{\"items\": [{\"id\": 11, \"email\": \"sam@a.example\", \"senderName\": \"Sam\", \"isDefault\": true,"
                + " \"connectionStatus\": \"connected\"}], \"hasMore\": true}");
        answer("{\"items\": [{\"id\": 13, \"email\": \"old@a.example\", \"isDefault\": false,"
                + " \"connectionStatus\": \"Disconnected\"}], \"hasMore\": false}");

        var accounts = gateway.myEmailAccounts();

        assertThat(accounts).extracting(a -> a.id()).containsExactly(11L, 13L);
        assertThat(accounts.get(0).connected()).isTrue();
        assertThat(accounts.get(0).isDefault()).isTrue();
        assertThat(accounts.get(1).connected()).isFalse();
        RecordedRequest first = taken();
        assertThat(first.getRequestUrl().encodedPath()).isEqualTo("/v3/email-accounts");
        assertThat(first.getRequestUrl().queryParameter("my")).isEqualTo("true");
        assertThat(first.getRequestUrl().queryParameter("skip")).isEqualTo("0");
        assertThat(taken().getRequestUrl().queryParameter("skip")).isEqualTo("1");
    }

    @Test
    void emptyUnauthorizedIsClassifiedWithoutParsing() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Bearer"));
        server.enqueue(new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Bearer"));

        assertThatThrownBy(() -> gateway.task(1))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.UNAUTHORIZED);
                    assertThat(e.userMessage()).contains("API key").doesNotContain(KEY);
                    assertThat(e.getMessage()).doesNotContain(KEY);
                });
        assertThat(server.getRequestCount()).as("a 401 is tried once in the other scheme, then given up").isEqualTo(2);
    }

    @Test
    void a401TriesBearerOnceAndRemembersIt() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401));
        answer("{\"userId\": 1001}");
        answer("{\"items\": [], \"hasMore\": false}");

        assertThat(gateway.currentUser().userId()).isEqualTo(1001);
        gateway.pendingTasks(1001, 0, 1000);

        assertThat(taken().getHeader("X-API-Key")).isEqualTo(KEY);
        RecordedRequest retried = taken();
        assertThat(retried.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(retried.getHeader("X-API-Key")).isNull();
        assertThat(taken().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(gateway.form().auth()).isEqualTo(AuthScheme.BEARER);
        assertThat(learned).extracting(WireForm::auth).containsExactly(AuthScheme.BEARER);
    }

    @Test
    void whenNeitherSchemeIsAcceptedTheKeyIsWrong() {
        server.enqueue(new MockResponse().setResponseCode(401));
        server.enqueue(new MockResponse().setResponseCode(401));

        assertThatThrownBy(() -> gateway.currentUser())
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.UNAUTHORIZED);
                    assertThat(e.userMessage()).contains("API key").doesNotContain(KEY);
                    assertThat(e.getMessage()).doesNotContain(KEY);
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(gateway.form()).isEqualTo(WireForm.SEED);
        assertThat(learned).isEmpty();
    }

    @Test
    void badRequestKeepsTheServersWords() {
        server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"title\": \"Bad Request\", \"detail\": \"Only manual email and SMS tasks can be executed.\","
                        + " \"code\": \"task.notExecutable\", \"errors\": [{\"pointer\": \"/content/body\", \"detail\": \"too long\"}]}"));

        assertThatThrownBy(() -> gateway.execute(1, SendRequest.AS_IS))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.REJECTED);
                    assertThat(e.certainlyNotProcessed()).isTrue();
                    assertThat(e.userMessage()).contains("Only manual email and SMS tasks can be executed.")
                            .contains("too long");
                });
    }

    @Test
    void htmlErrorPagesAreClassifiedAndReadsAreTriedThreeTimesWithGrowingPauses() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(502).setBody("<html><body>Bad gateway</body></html>"));
        }

        assertThatThrownBy(() -> gateway.task(1))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.SERVER_ERROR);
                    assertThat(e.certainlyNotProcessed()).isFalse();
                    assertThat(e.problem()).isEqualTo(GatewayException.ServerProblem.NONE);
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void aReadSucceedsWhenAServerErrorPasses() {
        server.enqueue(new MockResponse().setResponseCode(503));
        answer(Fixtures.read("task-detail-integers.json"));

        assertThat(gateway.task(5001).id()).isEqualTo(5001);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void executeIsNeverRepeatedAfterAServerError() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"title\": \"Internal\"}"));

        assertThatThrownBy(() -> gateway.execute(5001, SendRequest.AS_IS))
                .extracting(e -> ((GatewayException) e).kind()).isEqualTo(GatewayException.Kind.SERVER_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void executeIsNeverRepeatedWhenTheConnectionDropsAtTheStart() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

        assertThatThrownBy(() -> gateway.execute(5001, SendRequest.AS_IS)).isInstanceOf(GatewayException.class);
        assertThat(sleeps).isEmpty();
        assertThat(server.getRequestCount()).as("the execute reached the server once, and only once").isEqualTo(1);
    }

    @Test
    void a429WithRetryAfterPausesTheWholeBudgetUntilThen() throws Exception {
        RequestBudget budget = RequestBudget.forReply(java.time.Clock.systemUTC());
        ReplyTaskGateway paced = reply.gateway(reply.options().withRememberedForm(WireForm.SEED).withBudget(budget));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
                .setHeader("Content-Type", "application/problem+json").setBody("{\"title\": \"Too Many Requests\"}"));
        Instant before = Instant.now();
        Thread sending = new Thread(() -> {
            try {
                paced.execute(5001, SendRequest.AS_IS);
            } catch (GatewayException dropped) {
                // interrupted below: the test is about the pause, not the send
            }
        });
        sending.start();
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> budget.state().pausedUntil() != null);
            assertThat(budget.state().pausedUntil()).isBetween(before.plusSeconds(7), Instant.now().plusSeconds(7));
            assertThat(server.getRequestCount()).as("nothing else leaves meanwhile").isEqualTo(1);
        } finally {
            sending.interrupt();
            sending.join(5000);
        }
    }

    @Test
    void aRateLimitedExecuteWaitsOutRetryAfterAndGoesOnce() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0")
                .setHeader("Content-Type", "application/problem+json").setBody("{\"title\": \"Too Many Requests\"}"));
        answer(Fixtures.read("task-detail-integers.json"));

        assertThat(gateway.execute(5001, SendRequest.AS_IS).id()).isEqualTo(5001);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).as("a 429 is paced by the budget, not by backoff").isEmpty();
    }

    @Test
    void endlessRateLimitsAreGivenUpWithAPlainMessage() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
        }

        assertThatThrownBy(() -> gateway.complete(1))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.RATE_LIMITED);
                    assertThat(e.userMessage()).startsWith("Reply is limiting requests; resuming in");
                    assertThat(e.retryAfter()).contains(Duration.ZERO);
                });
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void notFoundAndForbiddenAndRateLimitAreTheirOwnKinds() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"title\": \"Not Found\"}"));
        server.enqueue(new MockResponse().setResponseCode(403)
                .setBody("{\"title\": \"Forbidden\", \"code\": \"sequenceStep.forbidden\"}"));
        server.enqueue(new MockResponse().setResponseCode(409).setBody("{\"detail\": \"Task is not new.\"}"));
        server.enqueue(new MockResponse().setResponseCode(422).setBody("[1, 2]"));

        assertThatThrownBy(() -> gateway.task(1)).extracting(e -> ((GatewayException) e).kind())
                .isEqualTo(GatewayException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> gateway.task(1))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.FORBIDDEN);
                    assertThat(e.problem().code()).isEqualTo("sequenceStep.forbidden");
                });
        assertThatThrownBy(() -> gateway.complete(1))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.REJECTED);
                    assertThat(e.userMessage()).isEqualTo("Reply refused the request. The server says: Task is not new.");
                });
        assertThatThrownBy(() -> gateway.complete(1)).extracting(e -> ((GatewayException) e).kind())
                .isEqualTo(GatewayException.Kind.REJECTED);
    }

    @Test
    void malformedBodyIsMalformed() {
        answer("{\"id\": 5001, \"taskType\": ");

        assertThatThrownBy(() -> gateway.task(5001)).extracting(e -> ((GatewayException) e).kind())
                .isEqualTo(GatewayException.Kind.MALFORMED);
    }

    @Test
    void emptyOrWronglyShapedBodiesAreMalformedNotCrashes() {
        answer("");
        answer("[]");
        answer("{\"userId\": \"not a number\"}");
        answer("{\"items\": 5}");

        assertThatThrownBy(() -> gateway.task(5001)).extracting(e -> ((GatewayException) e).kind())
                .isEqualTo(GatewayException.Kind.MALFORMED);
        assertThatThrownBy(() -> gateway.task(5001)).extracting(e -> ((GatewayException) e).kind())
                .isEqualTo(GatewayException.Kind.MALFORMED);
        assertThatThrownBy(() -> gateway.currentUser()).extracting(e -> ((GatewayException) e).kind())
                .isEqualTo(GatewayException.Kind.MALFORMED);
        assertThatThrownBy(() -> gateway.pendingTasks(1, 0, 10)).extracting(e -> ((GatewayException) e).kind())
                .isEqualTo(GatewayException.Kind.MALFORMED);
    }

    @Test
    void droppedConnectionAfterTheRequestIsAnUnknownOutcomeAndIsNotReplayed() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        answer(Fixtures.read("task-detail-integers.json"));

        assertThatThrownBy(() -> gateway.execute(5001, SendRequest.AS_IS))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.UNKNOWN_OUTCOME));
        assertThat(server.getRequestCount()).as("execute was sent once, never replayed").isEqualTo(1);
    }

    @Test
    void refusedConnectionIsNotSent() throws IOException {
        String url = server.url("/").toString();
        server.shutdown();
        ReplyTaskGateway offline = ReplyTaskGateway.create(ApiEndpoint.parse(url), KEY, reply.options());

        assertThatThrownBy(() -> offline.execute(1, SendRequest.AS_IS))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.NOT_SENT);
                    assertThat(e.certainlyNotProcessed()).isTrue();
                });
        assertThat(sleeps).as("a send that provably never left is tried three times").hasSize(2);
    }
}

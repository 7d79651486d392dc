package dev.taskinbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.MessageContent;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo server, driven through the app's real client over loopback. */
class DemoServerTest {
    private static final Instant NOW = Instant.parse("2026-11-30T09:30:00Z");

    private DemoServer server;
    private ReplyTaskGateway client;

    @BeforeEach
    void start() throws IOException {
        server = DemoServer.start(DemoOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)), 0);
        client = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "any-key", TestBudgets.fastOptions());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<TaskSummary> allPending(int pageSize) {
        long me = client.currentUser().userId();
        List<TaskSummary> all = new ArrayList<>();
        var page = client.pendingTasks(me, 0, pageSize);
        all.addAll(page.items());
        while (page.hasMore()) {
            page = client.pendingTasks(me, all.size(), pageSize);
            all.addAll(page.items());
        }
        return all;
    }

    private TaskSummary first(Predicate<TaskDetail> wanted) {
        return allPending(1000).stream().filter(s -> wanted.test(client.task(s.id()))).findFirst().orElseThrow();
    }

    @Test
    void servesAtLeastSixtyRealisticTasksOfAllSevenTypes() {
        List<TaskSummary> tasks = allPending(1000);

        assertThat(tasks).hasSizeGreaterThanOrEqualTo(60);
        Set<TaskType> types = tasks.stream().map(TaskSummary::type).collect(Collectors.toSet());
        assertThat(types).isEqualTo(EnumSet.complementOf(EnumSet.of(TaskType.UNKNOWN)));
        assertThat(tasks).allMatch(t -> t.status() == TaskStatus.NEW && !t.contactName().isBlank());
        assertThat(tasks).anyMatch(t -> t.isOverdue(NOW)).anyMatch(t -> !t.isOverdue(NOW));
        assertThat(tasks).anyMatch(TaskSummary::fromSequence).anyMatch(t -> !t.fromSequence());
    }

    @Test
    void pagingWithSmallPagesYieldsTheSameTasks() {
        assertThat(allPending(7)).isEqualTo(allPending(1000));
    }

    @Test
    void contentIsRenderedAgainstTheContact() {
        TaskSummary email = allPending(1000).stream().filter(t -> t.type() == TaskType.MANUAL_EMAIL).findFirst().orElseThrow();

        TaskDetail detail = client.task(email.id());

        String firstName = email.contactName().split(" ")[0];
        assertThat(detail.template().body()).contains("{{firstName}}");
        assertThat(detail.content().body()).contains(firstName).doesNotContain("{{firstName}}").contains("<p>");
        assertThat(detail.target().email()).contains("@");
    }

    @Test
    void sequenceTasksCarryAStepName() {
        TaskDetail fromSequence = client.task(first(TaskDetail::fromSequence).id());

        assertThat(fromSequence.stepName()).startsWith("Step ");
    }

    @Test
    void executeSendsTheGivenContentAndFinishesTheTask() {
        TaskSummary email = first(t -> t.type() == TaskType.MANUAL_EMAIL && !t.fromSequence());

        TaskDetail done = client.execute(email.id(), new SendRequest(new MessageContent("Edited", "<p>Edited body</p>"), 12L));

        assertThat(done.status()).isEqualTo(TaskStatus.FINISHED);
        assertThat(done.finishedAt()).isEqualTo(NOW);
        assertThat(server.sentMessages()).containsExactly(
                new SentMessage(email.id(), 12L, "Edited", "<p>Edited body</p>"));
        assertThat(allPending(1000)).noneMatch(t -> t.id() == email.id());
    }

    @Test
    void executeAsIsRendersTheTemplateAndUsesTheDefaultAccount() {
        TaskSummary email = first(t -> t.type() == TaskType.MANUAL_EMAIL);
        String rendered = client.task(email.id()).content().body();

        client.execute(email.id(), SendRequest.AS_IS);

        assertThat(server.sentMessages()).singleElement().satisfies(sent -> {
            assertThat(sent.body()).isEqualTo(rendered);
            assertThat(sent.emailAccountId()).isEqualTo(11L);
        });
    }

    @Test
    void theAccountOfASequenceEmailIsDecidedByTheSequence() {
        TaskSummary email = first(t -> t.type() == TaskType.MANUAL_EMAIL && t.fromSequence());

        client.execute(email.id(), new SendRequest(null, 12L));

        assertThat(server.sentMessages()).singleElement().extracting(SentMessage::emailAccountId).isEqualTo(11L);
    }

    @Test
    void nonExecutableTypesAreRejectedAndCanBeCompleted() {
        TaskSummary call = allPending(1000).stream().filter(t -> t.type() == TaskType.CALL).findFirst().orElseThrow();

        assertThatThrownBy(() -> client.execute(call.id(), SendRequest.AS_IS))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.kind()).isEqualTo(GatewayException.Kind.REJECTED);
                    assertThat(e.userMessage()).contains("complete this task instead");
                });
        assertThat(client.complete(call.id(), CallOutcome.TO_CALL).status()).isEqualTo(TaskStatus.FINISHED);
        assertThat(server.task(call.id()).callResolution()).isEqualTo(1);
        assertThat(server.sentMessages()).isEmpty();
    }

    @Test
    void aFinishedTaskCannotBeSentAgain() {
        TaskSummary sms = allPending(1000).stream().filter(t -> t.type() == TaskType.SMS).findFirst().orElseThrow();
        client.execute(sms.id(), SendRequest.AS_IS);

        assertThatThrownBy(() -> client.execute(sms.id(), SendRequest.AS_IS))
                .extracting(e -> ((GatewayException) e).kind()).isEqualTo(GatewayException.Kind.REJECTED);
        assertThat(server.sentMessages()).hasSize(1);
        assertThat(server.executeCalls(sms.id())).isEqualTo(2);
    }

    @Test
    void disconnectedAccountIsRefused() {
        TaskSummary email = first(t -> t.type() == TaskType.MANUAL_EMAIL && !t.fromSequence());

        assertThatThrownBy(() -> client.execute(email.id(), new SendRequest(null, 13L)))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.userMessage()).contains("disconnected"));
        assertThat(server.sentMessages()).isEmpty();
    }

    @Test
    void emailAccountsAreThreeWithOneDefaultAndOneDisconnected() {
        var accounts = client.myEmailAccounts();

        assertThat(accounts).hasSize(3);
        assertThat(accounts).filteredOn(a -> a.isDefault()).hasSize(1);
        assertThat(accounts).filteredOn(a -> !a.connected()).hasSize(1);
    }

    @Test
    void sequencesHaveNames() {
        assertThat(client.sequenceNames()).containsEntry(301L, "Outbound Q4 — Ops leaders").hasSize(3);
    }

    @Test
    void unknownTaskIsNotFound() {
        assertThatThrownBy(() -> client.task(999_999)).extracting(e -> ((GatewayException) e).kind())
                .isEqualTo(GatewayException.Kind.NOT_FOUND);
    }

    @Test
    void missingKeyGetsAnEmpty401() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.root() + "/v3/whoami")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void bearerAuthIsAcceptedToo() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.root() + "/v3/whoami"))
                        .header("Authorization", "Bearer k").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"userId\":1001");
    }

    @Test
    void injectedLatencyDelaysAnswers() throws IOException {
        try (DemoServer slow = DemoServer.start(DemoOptions.defaults().withLatency(Duration.ofMillis(300)), 0)) {
            ReplyTaskGateway slowClient = ReplyTaskGateway.create(new ApiEndpoint(slow.root()), "k");
            long started = System.nanoTime();
            slowClient.currentUser();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }
}

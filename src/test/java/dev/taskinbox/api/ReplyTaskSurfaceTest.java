package dev.taskinbox.api;

import org.testfx.util.WaitForAsyncUtils;
import static dev.taskinbox.support.MockReply.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.support.Fixtures;
import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rest of the task surface: batch complete, update, reassign, contacts, big pages. */
class ReplyTaskSurfaceTest {
    private MockReply reply;
    private ReplyTaskGateway gateway;

    @BeforeEach
    void start() throws IOException {
        reply = new MockReply();
        // These requests are checked in the seed's form (remembered from an earlier run).
        gateway = reply.gateway(reply.options().withRememberedForm(WireForm.SEED));
    }

    @AfterEach
    void stop() throws IOException {
        reply.close();
    }

    @Test
    void batchCompleteSplitsIntoHundredsAndCollectsEveryFailure() throws Exception {
        reply.answer("{}");
        reply.answer("{\"117\": {\"error\": 1}, \"150\": {\"error\": 7}}");
        reply.answer("{\"201\": {\"error\": \"notFound\"}, \"250\": {\"error\": 99, \"message\": \"Locked by sequence\"}}");
        List<Long> ids = LongStream.rangeClosed(1, 250).boxed().toList();

        Map<Long, String> failed = gateway.completeAll(ids);

        assertThat(failed).containsExactly(
                Map.entry(117L, "Not found: deleted, or not yours."),
                Map.entry(150L, "Cannot be completed: it is already finished."),
                Map.entry(201L, "Not found: deleted, or not yours."),
                Map.entry(250L, "Locked by sequence"));
        for (int[] range : new int[][] {{1, 100}, {101, 200}, {201, 250}}) {
            RecordedRequest request = reply.taken();
            assertThat(request.getMethod()).isEqualTo("POST");
            assertThat(request.getPath()).isEqualTo("/v3/tasks/batch/complete");
            String ids100 = IntStream.rangeClosed(range[0], range[1]).mapToObj(Integer::toString)
                    .collect(Collectors.joining(","));
            assertJson(request.getBody().readUtf8(), "{\"ids\": [" + ids100 + "]}");
        }
    }

    @Test
    void rescheduleReadsTheStoredTaskAndPutsAllOfItBackWithNewDates() throws Exception {
        reply.answer("{\"id\": 5001, \"contactId\": 1, \"taskType\": 7, \"status\": 0, \"linkedInTaskType\": null,"
                + " \"startAt\": \"2026-11-30T07:00:00Z\", \"dueTo\": \"2026-11-30T09:00:00Z\","
                + " \"template\": {\"subject\": \"Hi {{firstName}}\", \"body\": \"<p>Hello</p>\", \"attachmentIdList\": [4, 5]}}");
        reply.answer(Fixtures.read("task-detail-integers.json"));

        gateway.reschedule(5001, Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T09:00:00Z"));

        RecordedRequest read = reply.taken();
        assertThat(read.getMethod()).isEqualTo("GET");
        assertThat(read.getPath()).isEqualTo("/v3/tasks/5001");
        RecordedRequest put = reply.taken();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getPath()).isEqualTo("/v3/tasks/5001");
        assertJson(put.getBody().readUtf8(), "{\"taskType\": 7, \"startAt\": \"2026-12-01T08:00:00Z\","
                + " \"dueTo\": \"2026-12-01T09:00:00Z\", \"template\": {\"subject\": \"Hi {{firstName}}\","
                + " \"body\": \"<p>Hello</p>\", \"attachmentIdList\": [4, 5]}, \"contactId\": 1}");
    }

    @Test
    void onlyNewTasksAreRescheduledAndNothingIsPutOtherwise() {
        reply.answer("{\"id\": 5001, \"taskType\": 7, \"status\": 1, \"template\": {\"body\": \"x\"}}");

        assertThatThrownBy(() -> gateway.reschedule(5001, Instant.parse("2026-12-01T08:00:00Z"),
                Instant.parse("2026-12-01T09:00:00Z")))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.userMessage()).isEqualTo("Only tasks that are still to do can be moved."));
        assertThat(reply.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void impossibleDatesAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> gateway.reschedule(1, Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z"))).isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> gateway.reschedule(1, Instant.parse("2014-12-01T09:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z"))).isInstanceOf(GatewayException.class);
        assertThat(reply.server.getRequestCount()).isZero();
    }

    @Test
    void reassignPutsTheUser() throws Exception {
        reply.answer(Fixtures.read("task-detail-integers.json"));

        gateway.reassign(5001, 77);

        RecordedRequest request = reply.taken();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getPath()).isEqualTo("/v3/tasks/5001/assigned-user");
        assertJson(request.getBody().readUtf8(), "{\"userId\": 77}");
    }

    @Test
    void aContactIsReadAndAMissingOneIsEmpty() throws Exception {
        reply.answer("{\"id\": 1, \"firstName\": \"Åsa\", \"lastName\": \"Lindqvist\", \"email\": \"asa@n.example\","
                + " \"timeZoneId\": \"Europe/Stockholm\", \"customFields\": [{\"key\": \"k\", \"value\": \"v\"}]}");
        reply.answer(404);

        assertThat(gateway.contact(1)).hasValueSatisfying(contact -> {
            assertThat(contact.fullName()).isEqualTo("Åsa Lindqvist");
            assertThat(contact.timeZoneId()).isEqualTo("Europe/Stockholm");
        });
        assertThat(gateway.contact(2)).isEmpty();
        assertThat(reply.taken().getPath()).isEqualTo("/v3/contacts/1");
    }

    @Test
    void aThousandItemPageIsReadWhole() {
        String item = "{\"id\": %d, \"taskType\": %s, \"status\": 0, \"assignedUserId\": 1001,"
                + " \"contact\": {\"id\": %d, \"fullName\": \"Contact %d\"}, \"startAt\": \"2026-11-30T07:00:00Z\","
                + " \"dueTo\": \"2026-11-30T09:00:00Z\", \"finishedAt\": null, \"isScheduled\": false,"
                + " \"sequenceId\": null, \"sequenceStepId\": null}";
        String items = IntStream.range(0, 1000)
                .mapToObj(i -> String.format(item, i, i % 2 == 0 ? "7" : "\"sms\"", i, i))
                .collect(Collectors.joining(","));
        reply.answer("{\"items\": [" + items + "], \"hasMore\": true}");

        TaskPage page = gateway.pendingTasks(1001, 0, 1000);

        assertThat(page.items()).hasSize(1000);
        assertThat(page.items().get(999).contactName()).isEqualTo("Contact 999");
        assertThat(page.items()).filteredOn(t -> t.type() == TaskType.SMS).hasSize(500);
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void previewAndPrefetchReadTheSameTask() throws Exception {
        reply.answer(Fixtures.read("task-detail-integers.json"));

        assertThat(gateway.task(5001, Priority.PREFETCH).id()).isEqualTo(5001);
        assertThat(reply.taken().getPath()).isEqualTo("/v3/tasks/5001?includeContent=true");
    }

    @Test
    void aReadAheadWaitingForTheBudgetIsDroppedWhenTheRepMovesOn() throws Exception {
        RequestBudget full = new RequestBudget(List.of(new RequestBudget.Limit(1, Duration.ofMinutes(1))),
                Clock.systemUTC());
        full.acquire(Priority.LIST, false);
        ReplyTaskGateway waiting = reply.gateway(reply.options().withBudget(full));
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                waiting.task(5001, Priority.PREFETCH);
                return null;
            } catch (Throwable failure) {
                return failure;
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> full.state().queued().get(Priority.PREFETCH) > 0);

        waiting.dropQueuedPrefetches();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.CANCELLED));
        assertThat(reply.server.getRequestCount()).isZero();
    }

    @Test
    void aCallIsCompletedWithItsOutcomeInTheServersForm() throws Exception {
        ReplyTaskGateway current = reply.gateway(reply.options().withRememberedForm(WireForm.CURRENT));
        reply.answer(Fixtures.read("task-detail-integers.json"));
        reply.answer(Fixtures.read("task-detail-strings.json"));

        gateway.complete(5001, CallOutcome.POSITIVE);
        current.complete(5002, CallOutcome.TO_CALL);

        assertJson(reply.taken().getBody().readUtf8(), "{\"callResolution\": 0}");
        assertJson(reply.taken().getBody().readUtf8(), "{\"callResolution\": \"toCall\"}");
    }

    @Test
    void finishingTheProspectIsSaidOnlyWhenAskedFor() throws Exception {
        reply.answer(Fixtures.read("task-detail-integers.json"));
        reply.answer(Fixtures.read("task-detail-integers.json"));

        gateway.complete(5001, new dev.taskinbox.task.Completion(CallOutcome.NEGATIVE, true));
        gateway.complete(5001, dev.taskinbox.task.Completion.PLAIN);

        assertJson(reply.taken().getBody().readUtf8(), "{\"callResolution\": 2, \"finishProspectInSequence\": true}");
        assertJson(reply.taken().getBody().readUtf8(), "{}");
    }

    @Test
    void sequenceNamesAreReadPageByPageAndAMissingEndpointMeansNoNames() throws Exception {
        reply.answer("{\"items\": [{\"id\": 301, \"name\": \"Outbound\"}, {\"id\": 302, \"name\": \"\"}], \"hasMore\": false}");
        reply.answer(404);

        assertThat(gateway.sequenceNames()).containsExactly(Map.entry(301L, "Outbound"), Map.entry(302L, "Sequence 302"));
        assertThat(gateway.sequenceNames()).isEmpty();
        assertThat(reply.taken().getRequestUrl().encodedPath()).isEqualTo("/v3/sequences");
    }

    @Test
    void aContactsStandingIsReadFromItsStatusesWithEverySequenceItNames() throws Exception {
        reply.answer("{\"isOptedOut\": false, \"sequences\": [{\"sequenceId\": 301, \"sequenceName\": \"Outbound Q4\","
                + " \"statusInSequence\": \"finished\", \"emailDisposition\": {\"isReplied\": true, \"isBounced\": false}},"
                + " {\"sequenceId\": 302, \"statusInSequence\": \"active\", \"emailDisposition\": null}]}");

        dev.taskinbox.task.ContactStanding standing = gateway.contactStanding(42);

        assertThat(reply.taken().getPath()).isEqualTo("/v3/contacts/42/statuses");
        assertThat(standing.sequencesKnown()).isTrue();
        assertThat(standing.refusal()).isEmpty();
        assertThat(standing.caution()).contains("They replied in Outbound Q4.");
    }

    @Test
    void whereReplyHasNoStatusesPageTheContactRecordStillSaysWhetherTheyOptedOut() throws Exception {
        reply.answer(404);
        reply.answer("{\"id\": 42, \"firstName\": \"Ann\", \"isOptedOut\": true}");

        dev.taskinbox.task.ContactStanding standing = gateway.contactStanding(42);

        assertThat(reply.taken().getPath()).isEqualTo("/v3/contacts/42/statuses");
        assertThat(reply.taken().getPath()).isEqualTo("/v3/contacts/42");
        assertThat(standing.refusal()).isPresent();
        assertThat(standing.sequencesKnown()).as("replies stay unknown, and the rep is told so").isFalse();
    }

    @Test
    void statusesThatDoNotSayWhetherTheyOptedOutAreNotTakenForFine() {
        reply.answer("{\"sequences\": []}");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gateway.contactStanding(42))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.MALFORMED));
    }

    @Test
    void theTeamIsReadWhicheverShapeItComesInAndAUserWithoutAnIdIsLeftOut() throws Exception {
        reply.answer("{\"items\": [{\"id\": 7, \"fullName\": \"Riley Rep\", \"email\": \"r@x.example\"},"
                + " {\"fullName\": \"No Id\"}, {\"userId\": 8, \"firstName\": \"Jo\", \"lastName\": \"Closer\"}]}");
        reply.answer("[{\"id\": 9, \"email\": \"only@x.example\"}]");
        reply.answer("{\"users\": 3}");

        assertThat(gateway.teamUsers()).extracting(dev.taskinbox.task.TeamUser::id, dev.taskinbox.task.TeamUser::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "Riley Rep"), org.assertj.core.groups.Tuple.tuple(8L, "Jo Closer"));
        assertThat(gateway.teamUsers()).extracting(dev.taskinbox.task.TeamUser::name).containsExactly("only@x.example");
        assertThat(reply.taken().getPath()).isEqualTo("/v3/whoami/team-users");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gateway.teamUsers())
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.MALFORMED));
    }
}

package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.demo.DemoFaults;
import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.demo.SentMessage;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.SerialCallbackRunner;
import dev.taskinbox.support.Queues;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.DraftStore;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each fault the demo server can inject, 100 tasks are sent in one go, and the server's own
 * records are the judge: no task executed twice, every draft either sent or still there, every
 * row showing what the server has (or honestly "Outcome unknown", still blocked).
 */
class FaultMatrixTest {
    private static final int TASKS = 100;

    static Stream<Arguments> faults() {
        Duration stall = Duration.ofMillis(1500);
        return Stream.of(
                Arguments.of("no fault", DemoFaults.NONE),
                Arguments.of("429s", DemoFaults.NONE.withTooManyRequests(0.1)),
                Arguments.of("5xx before processing", DemoFaults.NONE.withServerError(0.1)),
                Arguments.of("5xx after commit", DemoFaults.NONE.withServerErrorAfterCommit(0.1)),
                Arguments.of("timeout after commit", DemoFaults.NONE.withTimeoutAfterCommit(0.1, stall)),
                Arguments.of("dropped connections", DemoFaults.NONE.withDropConnection(0.1)),
                Arguments.of("malformed bodies after commit", DemoFaults.NONE.withMalformedAfterCommit(0.1)),
                Arguments.of("401 after 60 requests", DemoFaults.NONE.withUnauthorizedAfter(60)));
    }

    /** Drafts kept in memory, seen from both sides. */
    private static final class MemoryDrafts implements DraftStore {
        final Map<Long, Draft> drafts = new ConcurrentHashMap<>();

        @Override
        public Map<Long, Draft> loadAll() {
            return Map.copyOf(drafts);
        }

        @Override
        public void save(Draft draft) {
            drafts.put(draft.taskId(), draft);
        }

        @Override
        public void remove(long taskId) {
            drafts.remove(taskId);
        }

        @Override
        public String problem() {
            return "";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void bulkSendUnderAFaultNeverSendsTwiceAndLosesNothing(String name, DemoFaults faults) throws Exception {
        DemoOptions options = DemoOptions.defaults().withTaskCount(300).withFaults(faults);
        try (DemoServer server = DemoServer.start(options, 0); SerialCallbackRunner runner = new SerialCallbackRunner()) {
            ReplyTaskGateway gateway = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k",
                    TestBudgets.fastOptions().withReadTimeout(Duration.ofSeconds(1)));
            InboxViewModel inbox = new InboxViewModel(gateway, runner, Clock.systemUTC());
            runner.onCallbackThread(inbox::load);
            runner.awaitIdle(30);
            assertThat(inbox.stateProperty().get()).isEqualTo(InboxViewModel.LoadState.LOADED);
            List<Long> ids = inbox.rows().stream().filter(row -> row.summary().type().isExecutable())
                    .map(TaskRow::id).limit(TASKS).toList();
            assertThat(ids).hasSize(TASKS);

            MemoryDrafts store = new MemoryDrafts();
            ids.forEach(id -> store.save(new Draft(id, "Subject " + id, "Body " + id, null)));
            SendService sender = new SendService(gateway, runner);
            PreviewViewModel preview = new PreviewViewModel(gateway, runner, Queues.withoutUndo(sender), store);
            AtomicInteger troubles = new AtomicInteger();
            sender.addListener(inbox.sendReport());
            sender.addListener(new SendService.Listener() {
                @Override
                public void started(long taskId) {
                }

                @Override
                public void succeeded(TaskDetail task) {
                }

                @Override
                public void failed(long taskId, GatewayException failure) {
                    troubles.incrementAndGet();
                }
            });
            runner.onCallbackThread(() -> inbox.watchDrafts(preview.drafts()));

            for (long id : ids) {
                runner.onCallbackThread(() -> sender.send(id,
                        new SendRequest(new MessageContent("Subject " + id, "Body " + id), null)));
            }
            runner.awaitIdle(120);

            Map<Long, TaskRow> rows = inbox.rows().stream().collect(Collectors.toMap(TaskRow::id, row -> row));
            for (long id : ids) {
                TaskRow row = rows.get(id);
                boolean serverSent = server.task(id).finished();
                assertThat(server.executeCalls(id)).as("executes of task %d", id).isLessThanOrEqualTo(1);
                if (row.activityProperty().get().equals("Outcome unknown")) {
                    assertThat(sender.canSubmit(id)).as("an unknown outcome stays blocked").isFalse();
                } else {
                    assertThat(row.statusProperty().get() == TaskStatus.FINISHED).as("row %d matches the server", id)
                            .isEqualTo(serverSent);
                }
                if (!serverSent) {
                    assertThat(store.drafts).as("the unsent draft of %d is kept", id).containsKey(id);
                }
                if (!store.drafts.containsKey(id)) {
                    assertThat(serverSent).as("a draft of %d went only because it was sent", id).isTrue();
                }
            }
            for (SentMessage sent : server.sentMessages()) {
                assertThat(sent.body()).isEqualTo("Body " + sent.taskId());
            }
            if (faults.equals(DemoFaults.NONE)) {
                assertThat(server.sentMessages()).hasSize(TASKS);
                assertThat(store.drafts).isEmpty();
            } else if (faults.tooManyRequests() > 0) {
                // A 429 means "not processed": the budget waits and sends again, and the rep never hears of it.
                assertThat(server.rateLimitedCount()).as("the fault really happened").isPositive();
                assertThat(troubles.get()).isZero();
                assertThat(server.sentMessages()).hasSize(TASKS);
            } else {
                assertThat(troubles.get()).as("the fault really happened").isPositive();
            }
        }
    }
}

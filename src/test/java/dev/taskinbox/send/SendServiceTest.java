package dev.taskinbox.send;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.HeldRunner;
import dev.taskinbox.support.ManualDelays;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.SendJournal;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendServiceTest {
    private final FakeTaskGateway gateway = new FakeTaskGateway().add(FakeTaskGateway.task(1, TaskType.SMS, null));


    @Test
    void aTaskInFlightCannotBeSentAgain() {
        HeldRunner runner = new HeldRunner();
        SendService sender = new SendService(gateway, runner);

        assertThat(sender.send(1, SendRequest.AS_IS)).isTrue();
        assertThat(sender.send(1, SendRequest.AS_IS)).isFalse();
        assertThat(sender.complete(1)).isFalse();
        runner.held.forEach(Runnable::run);

        assertThat(gateway.executed).hasSize(1);
        assertThat(sender.isInFlight(1)).isFalse();
    }

    @Test
    void afterAnUnknownOutcomeTheTaskIsBlockedUntilTheServerIsAskedAgain() {
        HeldRunner runner = new HeldRunner();
        SendService sender = new SendService(gateway, runner);
        gateway.failNext(new GatewayException(GatewayException.Kind.UNKNOWN_OUTCOME, "The connection broke."));
        sender.send(1, SendRequest.AS_IS);
        runner.held.remove(0).run();

        assertThat(sender.canSubmit(1)).isFalse();
        assertThat(sender.send(1, SendRequest.AS_IS)).isFalse();

        sender.observed(FakeTaskGateway.task(1, TaskType.SMS, null));
        assertThat(sender.canSubmit(1)).as("one read showing New is not evidence enough").isFalse();

        runAll(runner);
        assertThat(gateway.calls).containsExactly("execute 1", "get 1", "get 1");
        assertThat(sender.canSubmit(1)).as("two reads apart both showed it unsent").isTrue();
    }

    private static void runAll(HeldRunner runner) {
        while (!runner.held.isEmpty()) {
            runner.held.remove(0).run();
        }
    }

    /** A send Reply finishes a moment after its answer was lost: the first read still shows New. */
    @Test
    void aSendThatShowsLateIsSettledAsSentNeverOfferedAgain() {
        ManualDelays later = new ManualDelays();
        HeldRunner runner = new HeldRunner();
        SendService sender = new SendService(gateway, runner);
        sender.confirmWith(later, Duration.ofSeconds(5));
        List<String> said = listen(sender);
        gateway.failNext(new GatewayException(GatewayException.Kind.UNKNOWN_OUTCOME, "Timed out."));
        sender.send(1, SendRequest.AS_IS);
        runAll(runner);

        assertThat(gateway.calls).containsExactly("execute 1", "get 1");
        assertThat(sender.canSubmit(1)).isFalse();
        gateway.finishElsewhere(1);
        later.advance(Duration.ofSeconds(5));
        runAll(runner);

        assertThat(gateway.calls).containsExactly("execute 1", "get 1", "get 1");
        assertThat(said).as("settled as sent; the row then shows it finished, with nothing to send")
                .containsExactly("reconciled 1 wentOut=true");
    }

    @Test
    void aScheduledTaskStillNewStaysUnknown() {
        HeldRunner runner = new HeldRunner();
        SendService sender = new SendService(gateway, runner);
        List<String> said = listen(sender);
        gateway.add(scheduled(FakeTaskGateway.task(1, TaskType.SMS, 301L)));
        gateway.failNext(new GatewayException(GatewayException.Kind.SERVER_ERROR, "Reply had a problem on its side."));
        sender.send(1, SendRequest.AS_IS);
        runAll(runner);

        assertThat(said).containsExactly("unresolved 1");
        assertThat(sender.canSubmit(1)).isFalse();
    }

    private static TaskDetail scheduled(TaskDetail task) {
        return new TaskDetail(task.id(), task.type(), task.status(), task.linkedInAction(), task.contactId(),
                task.sequenceId(), task.stepName(), task.startAt(), task.dueTo(), null, false, true, task.template(),
                task.content(), task.target());
    }

    private static List<String> listen(SendService sender) {
        List<String> said = new ArrayList<>();
        sender.addListener(new SendService.Listener() {
            @Override
            public void started(long taskId) {
            }

            @Override
            public void succeeded(TaskDetail task) {
                said.add("succeeded " + task.id());
            }

            @Override
            public void failed(long taskId, GatewayException failure) {
            }

            @Override
            public void reconciled(TaskDetail task, boolean wentOut) {
                said.add("reconciled " + task.id() + " wentOut=" + wentOut);
            }

            @Override
            public void unresolved(long taskId, GatewayException failure) {
                said.add("unresolved " + taskId);
            }
        });
        return said;
    }

    @Test
    void aRejectedSendMayBeTriedAgainByTheRep() {
        HeldRunner runner = new HeldRunner();
        SendService sender = new SendService(gateway, runner);
        gateway.failNext(new GatewayException(GatewayException.Kind.REJECTED, "No."));
        sender.send(1, SendRequest.AS_IS);
        runner.held.remove(0).run();

        assertThat(sender.canSubmit(1)).isTrue();
    }

    /** A journal in memory that also records what was in it while the gateway was called. */
    private static final class RecordingJournal implements SendJournal {
        final Set<Long> entries = new HashSet<>();
        boolean diskFull;

        @Override
        public void begin(long taskId) {
            if (diskFull) {
                throw new UncheckedIOException(new IOException("disk full"));
            }
            entries.add(taskId);
        }

        @Override
        public void end(long taskId) {
            entries.remove(taskId);
        }

        @Override
        public Set<Long> pending() {
            return Set.copyOf(entries);
        }

        @Override
        public String problem() {
            return "";
        }
    }

    @Test
    void theJournalHoldsTheTaskWhileTheExecuteIsOutAndDropsItAfter() {
        RecordingJournal journal = new RecordingJournal();
        List<Set<Long>> duringExecute = new ArrayList<>();
        gateway.beforeExecute = () -> duringExecute.add(Set.copyOf(journal.entries));
        SendService sender = new SendService(gateway, new SameThreadTaskRunner(), journal);

        sender.send(1, SendRequest.AS_IS);

        assertThat(duringExecute).containsExactly(Set.of(1L));
        assertThat(journal.entries).isEmpty();
    }

    @Test
    void anUnknownOutcomeStaysInTheJournalUntilReplyHasBeenAsked() {
        RecordingJournal journal = new RecordingJournal();
        HeldRunner runner = new HeldRunner();
        SendService sender = new SendService(gateway, runner, journal);
        gateway.failAfterCommit(new GatewayException(GatewayException.Kind.UNKNOWN_OUTCOME, "Timed out."));

        sender.send(1, SendRequest.AS_IS);
        runner.held.remove(0).run();

        assertThat(journal.entries).containsExactly(1L);
        runAll(runner);
        assertThat(journal.entries).isEmpty();
    }

    @Test
    void aRejectedSendLeavesNoJournalEntry() {
        RecordingJournal journal = new RecordingJournal();
        SendService sender = new SendService(gateway, new SameThreadTaskRunner(), journal);
        gateway.failNext(new GatewayException(GatewayException.Kind.REJECTED, "No."));

        sender.send(1, SendRequest.AS_IS);

        assertThat(journal.entries).isEmpty();
    }

    @Test
    void leftoverEntriesBlockTheirTasksUntilReplySaysWhatHappened() {
        RecordingJournal journal = new RecordingJournal();
        journal.begin(1);
        HeldRunner runner = new HeldRunner();
        SendService sender = new SendService(gateway, runner, journal);

        sender.recoverJournal();

        assertThat(sender.canSubmit(1)).isFalse();
        assertThat(sender.send(1, SendRequest.AS_IS)).isFalse();
        runAll(runner);
        assertThat(gateway.calls).as("read twice: both show it New").containsExactly("get 1", "get 1");
        assertThat(sender.canSubmit(1)).isTrue();
        assertThat(journal.entries).isEmpty();
    }

    @Test
    void whenTheJournalCannotBeWrittenNothingIsSent() {
        RecordingJournal broken = new RecordingJournal();
        broken.diskFull = true;
        List<GatewayException> failures = new ArrayList<>();
        SendService sender = new SendService(gateway, new SameThreadTaskRunner(), broken);
        sender.addListener(new SendService.Listener() {
            @Override
            public void started(long taskId) {
            }

            @Override
            public void succeeded(TaskDetail task) {
            }

            @Override
            public void failed(long taskId, GatewayException failure) {
                failures.add(failure);
            }
        });

        sender.send(1, SendRequest.AS_IS);

        assertThat(gateway.executed).isEmpty();
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(GatewayException.Kind.REFUSED_LOCALLY);
            assertThat(f.userMessage()).contains("did not send it");
        });
    }
}

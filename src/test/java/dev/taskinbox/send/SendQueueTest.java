package dev.taskinbox.send;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.HeldRunner;
import dev.taskinbox.support.ManualDelays;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendQueueTest {
    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private final ManualDelays delays = new ManualDelays();
    private final List<String> events = new ArrayList<>();
    private SendQueue.Progress lastProgress;

    @BeforeEach
    void tasks() {
        for (long id = 1; id <= 6; id++) {
            gateway.add(FakeTaskGateway.task(id, TaskType.SMS, null));
        }
    }

    private SendQueue queue(TaskRunner runner, Duration undo, int maxOut) {
        SendQueue queue = new SendQueue(new SendService(gateway, runner), delays, () -> undo, maxOut);
        queue.addListener(new SendQueue.Listener() {
            @Override
            public void countingDown(long taskId, int secondsLeft) {
                events.add(taskId + " in " + secondsLeft);
            }

            @Override
            public void waiting(long taskId) {
                events.add(taskId + " waiting");
            }

            @Override
            public void withdrawn(long taskId) {
                events.add(taskId + " withdrawn");
            }

            @Override
            public void progress(SendQueue.Progress progress) {
                lastProgress = progress;
            }
        });
        return queue;
    }

    @Test
    void aSendWaitsOutItsUndoWindowCountingDownThenLeaves() {
        SendQueue queue = queue(new SameThreadTaskRunner(), Duration.ofSeconds(3), 4);

        queue.send(1, SendRequest.AS_IS);
        delays.advance(Duration.ofSeconds(2));
        assertThat(gateway.executed).isEmpty();
        delays.advance(Duration.ofSeconds(1));

        assertThat(events).containsExactly("1 in 3", "1 in 2", "1 in 1", "1 waiting");
        assertThat(gateway.executed).hasSize(1);
        assertThat(queue.isQueued(1)).isFalse();
        assertThat(lastProgress).isEqualTo(new SendQueue.Progress(1, 0, 0));
    }

    @Test
    void undoInTheWindowSendsNothingAndCtrlZTakesTheLastOne() {
        SendQueue queue = queue(new SameThreadTaskRunner(), Duration.ofSeconds(5), 4);
        queue.send(1, SendRequest.AS_IS);
        queue.send(2, SendRequest.AS_IS);

        assertThat(queue.undoLast()).contains(2L);
        assertThat(queue.undo(1)).isTrue();
        delays.advance(Duration.ofSeconds(30));

        assertThat(gateway.executed).isEmpty();
        assertThat(events).contains("2 withdrawn", "1 withdrawn");
        assertThat(queue.undoLast()).isEmpty();
    }

    @Test
    void theSameTaskCannotBeQueuedTwice() {
        SendQueue queue = queue(new SameThreadTaskRunner(), Duration.ofSeconds(5), 4);

        assertThat(queue.send(1, SendRequest.AS_IS)).isTrue();
        assertThat(queue.send(1, SendRequest.AS_IS)).isFalse();
        assertThat(queue.complete(1, dev.taskinbox.task.Completion.PLAIN)).isFalse();
        delays.advance(Duration.ofSeconds(5));

        assertThat(gateway.executed).hasSize(1);
    }


    @Test
    void atMostMaxOutLeaveAtOnceAndEscStopsTheRest() {
        HeldRunner runner = new HeldRunner();
        SendQueue queue = queue(runner, Duration.ZERO, 2);
        for (long id = 1; id <= 6; id++) {
            queue.send(id, SendRequest.AS_IS);
        }

        assertThat(runner.held).hasSize(2);
        assertThat(lastProgress).isEqualTo(new SendQueue.Progress(0, 0, 6));
        runner.held.remove(0).run();
        assertThat(runner.held).as("a finished call lets the next one out").hasSize(2);

        assertThat(queue.cancelPending()).isEqualTo(3);
        runner.held.forEach(Runnable::run);
        runner.held.clear();

        assertThat(gateway.executed).hasSize(3);
        assertThat(lastProgress).isEqualTo(new SendQueue.Progress(3, 0, 0));
        assertThat(events).contains("4 withdrawn", "5 withdrawn", "6 withdrawn");
    }

    @Test
    void aBulkSendIsQueuedInOrderAndToldAsOneStepOfProgress() {
        HeldRunner runner = new HeldRunner();
        SendQueue queue = queue(runner, Duration.ZERO, 2);
        List<SendQueue.Progress> told = new java.util.ArrayList<>();
        queue.addListener(new SendQueue.Listener() {
            @Override
            public void countingDown(long taskId, int secondsLeft) {
            }

            @Override
            public void waiting(long taskId) {
            }

            @Override
            public void withdrawn(long taskId) {
            }

            @Override
            public void progress(SendQueue.Progress progress) {
                told.add(progress);
            }
        });
        java.util.Map<Long, SendRequest> sends = new java.util.LinkedHashMap<>();
        for (long id = 6; id >= 1; id--) {
            sends.put(id, SendRequest.AS_IS);
        }

        assertThat(queue.sendAll(sends)).isEqualTo(6);

        assertThat(told).containsExactly(new SendQueue.Progress(0, 0, 6));
        assertThat(events).startsWith("6 waiting", "5 waiting", "4 waiting");
        List<Runnable> firstTwo = new java.util.ArrayList<>(runner.held);
        runner.held.clear();
        firstTwo.forEach(Runnable::run);
        assertThat(gateway.executed).hasSize(2);
        assertThat(queue.sendAll(java.util.Map.of(4L, SendRequest.AS_IS))).as("already queued").isZero();
    }

    @Test
    void escStopsAHeldSendOnItsSchedulerAndNothingGoesLater() {
        SendService service = new SendService(gateway, new SameThreadTaskRunner(), dev.taskinbox.task.SendJournal.NONE,
                new SendService.HoldPolicy(Duration.ofSeconds(15), 40));
        service.holdWith(delays);
        List<String> told = new ArrayList<>();
        service.addListener(new SendService.Listener() {
            @Override
            public void started(long taskId) {
            }

            @Override
            public void succeeded(dev.taskinbox.task.TaskDetail task) {
                told.add("sent " + task.id());
            }

            @Override
            public void failed(long taskId, GatewayException failure) {
                told.add(failure.kind() + " " + taskId);
            }
        });
        SendQueue queue = new SendQueue(service, delays, () -> Duration.ZERO, 4);
        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_SENT, "Could not reach Reply."));

        queue.send(1, SendRequest.AS_IS);
        assertThat(service.isHeld(1)).isTrue();
        assertThat(queue.isQueued(1)).isTrue();

        assertThat(queue.cancelPending()).isEqualTo(1);
        delays.advance(Duration.ofMinutes(15));

        assertThat(gateway.calls).filteredOn(call -> call.equals("execute 1")).hasSize(1);
        assertThat(gateway.executed).isEmpty();
        assertThat(told).containsExactly("CANCELLED 1");
        assertThat(service.isHeld(1)).isFalse();
        assertThat(queue.isQueued(1)).isFalse();
        assertThat(service.canSubmit(1)).isTrue();
    }
}

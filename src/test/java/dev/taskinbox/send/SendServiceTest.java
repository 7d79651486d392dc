package dev.taskinbox.send;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SendServiceTest {
    private final FakeTaskGateway gateway = new FakeTaskGateway().add(FakeTaskGateway.task(1, TaskType.SMS, null));

    /** Holds work until the test releases it, to look at the service while a call is in flight. */
    private static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }
    }

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

        assertThat(sender.canSubmit(1)).isTrue();
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
}

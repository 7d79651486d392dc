package dev.taskinbox.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.send.SendService;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.HeldRunner;
import dev.taskinbox.support.Queues;
import dev.taskinbox.task.TaskType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk pre-flight reads four at a time, says how far it got, and Esc stops it with no plan. */
class BulkPreflightTest {
    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private final HeldRunner runner = new HeldRunner();
    private final List<String> said = new ArrayList<>();
    private final List<BulkPlan> plans = new ArrayList<>();

    private PreviewViewModel preview() {
        for (long id = 1; id <= 10; id++) {
            gateway.add(FakeTaskGateway.task(id, TaskType.SMS, null));
        }
        return new PreviewViewModel(gateway, runner, Queues.withoutUndo(new SendService(gateway, runner)));
    }

    @Test
    void tasksAreReadFourAtATimeThenTheProspectsAndThePlanComesOnce() {
        PreviewViewModel preview = preview();
        preview.bulk().run(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), said::add, plans::add);
        assertThat(runner.held).hasSize(4);

        while (!runner.held.isEmpty()) {
            runner.held.remove(0).run();
        }

        assertThat(said).contains("Checking 1 of 10 tasks…", "Checking 10 of 10 tasks…", "Checking 1 of 1 prospects…");
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).of(BulkPlan.Entry.Kind.SEND)).hasSize(10);
    }

    @Test
    void escStopsItAndNoPlanComes() {
        PreviewViewModel preview = preview();
        preview.bulk().run(List.of(1L, 2L, 3L, 4L, 5L, 6L), said::add, plans::add);
        runner.held.remove(0).run();

        assertThat(preview.bulk().cancel()).isTrue();

        assertThat(runner.held).isEmpty();
        assertThat(plans).isEmpty();
        assertThat(preview.bulk().cancel()).as("nothing left to stop").isFalse();
        assertThat(gateway.calls).as("only the read that ran reached Reply").filteredOn(call -> call.startsWith("get ")).hasSize(1);
    }
}

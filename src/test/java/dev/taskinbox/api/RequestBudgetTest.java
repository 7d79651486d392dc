package dev.taskinbox.api;

import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.support.MutableClock;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The request budget on a fake clock: nothing here sleeps. */
class RequestBudgetTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);

    private RequestBudget budget(int perMinute, int perHour) {
        return new RequestBudget(List.of(new RequestBudget.Limit(perMinute, Duration.ofMinutes(1)),
                new RequestBudget.Limit(perHour, Duration.ofHours(1))), clock);
    }

    @Test
    void lanesAreServedInPriorityOrderAndFifoWithinALane() {
        RequestBudget budget = budget(100, 3000);
        RequestBudget.Ticket prefetch = budget.enqueue(Priority.PREFETCH);
        RequestBudget.Ticket list1 = budget.enqueue(Priority.LIST);
        RequestBudget.Ticket list2 = budget.enqueue(Priority.LIST);
        RequestBudget.Ticket preview = budget.enqueue(Priority.PREVIEW);
        RequestBudget.Ticket send = budget.enqueue(Priority.SEND);

        assertThat(budget.grantDue()).containsExactly(send, preview, list1, list2, prefetch);
    }

    @Test
    void aFullMinuteHoldsRequestsUntilTheOldestDropsOut() {
        RequestBudget budget = budget(3, 3000);
        for (int i = 0; i < 3; i++) {
            budget.enqueue(Priority.LIST);
            budget.grantDue();
            clock.advance(Duration.ofSeconds(10));
        }
        RequestBudget.Ticket fourth = budget.enqueue(Priority.SEND);

        assertThat(budget.grantDue()).isEmpty();
        assertThat(budget.nextGrantAt()).contains(T0.plusSeconds(60));

        clock.advance(Duration.ofSeconds(29));
        assertThat(budget.grantDue()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(budget.grantDue()).containsExactly(fourth);
    }

    @Test
    void theHourlyCapHoldsEvenWhenTheMinuteHasRoom() {
        RequestBudget budget = budget(100, 150);
        for (int minute = 0; minute < 2; minute++) {
            for (int i = 0; i < 75; i++) {
                budget.enqueue(Priority.LIST);
            }
            assertThat(budget.grantDue()).hasSize(75);
            clock.advance(Duration.ofMinutes(1));
        }
        budget.enqueue(Priority.SEND);

        assertThat(budget.grantDue()).isEmpty();
        assertThat(budget.nextGrantAt()).contains(T0.plus(Duration.ofHours(1)));
        clock.advance(Duration.ofMinutes(58));
        assertThat(budget.grantDue()).hasSize(1);
    }

    @Test
    void aRateLimitPausesEveryLaneUntilRetryAfterThenResumes() {
        RequestBudget budget = budget(100, 3000);
        budget.pause(Duration.ofSeconds(12));
        RequestBudget.Ticket send = budget.enqueue(Priority.SEND);
        RequestBudget.Ticket prefetch = budget.enqueue(Priority.PREFETCH);

        assertThat(budget.grantDue()).isEmpty();
        assertThat(budget.state().pausedUntil()).isEqualTo(T0.plusSeconds(12));
        clock.advance(Duration.ofSeconds(12));

        assertThat(budget.grantDue()).containsExactly(send, prefetch);
        assertThat(budget.state().pausedUntil()).isNull();
    }

    @Test
    void aRequestSentBackByA429KeepsItsTurn() {
        RequestBudget budget = budget(100, 3000);
        RequestBudget.Ticket waiting = budget.enqueue(Priority.SEND);
        RequestBudget.Ticket retried = budget.enqueue(Priority.SEND, true);

        assertThat(budget.grantDue()).containsExactly(retried, waiting);
    }

    @Test
    void cancelledRequestsNeverLeaveAndFreeTheirPlace() {
        RequestBudget budget = budget(1, 3000);
        budget.enqueue(Priority.LIST);
        budget.grantDue();
        RequestBudget.Ticket prefetchA = budget.enqueue(Priority.PREFETCH);
        RequestBudget.Ticket prefetchB = budget.enqueue(Priority.PREFETCH);
        RequestBudget.Ticket list = budget.enqueue(Priority.LIST);

        budget.cancel(prefetchA);
        assertThat(budget.cancelLane(Priority.PREFETCH)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));

        assertThat(budget.grantDue()).containsExactly(list);
        assertThat(budget.state().totalQueued()).isZero();
        assertThat(prefetchB).isNotNull();
    }

    @Test
    void theStateTellsWhatWaitsAndWhenTheNextSlotFrees() {
        RequestBudget budget = budget(2, 3000);
        budget.enqueue(Priority.LIST);
        budget.enqueue(Priority.LIST);
        budget.grantDue();
        budget.enqueue(Priority.SEND);
        budget.enqueue(Priority.PREFETCH);
        budget.enqueue(Priority.PREFETCH);

        BudgetState state = budget.state();

        assertThat(state.queued()).containsEntry(Priority.SEND, 1).containsEntry(Priority.PREFETCH, 2)
                .containsEntry(Priority.LIST, 0);
        assertThat(state.usedInWindow()).isEqualTo(2);
        assertThat(state.windowLimit()).isEqualTo(2);
        assertThat(state.nextFreeSlot()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aThreadWaitingForItsTurnCanBeInterruptedAndNothingLeaves() throws Exception {
        RequestBudget budget = budget(1, 3000);
        budget.acquire(Priority.LIST, false);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                budget.acquire(Priority.PREFETCH, false);
            } catch (Throwable e) {
                outcome.set(e);
            }
            done.countDown();
        });
        waiter.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> budget.state().queued().get(Priority.PREFETCH) > 0);

        waiter.interrupt();

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome.get()).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.CANCELLED));
        assertThat(budget.state().totalQueued()).isZero();
        assertThat(budget.state().usedInWindow()).isEqualTo(1);
    }

    @Test
    void aBudgetNeedsALimit() {
        assertThatThrownBy(() -> new RequestBudget(List.of(), clock)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.taskinbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.ManualDelays;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every row learns its prospect's zone in the background, once per contact, and the "In hours now" view follows. */
class ZoneReadAheadTest {
    /** Monday 30 Nov, 10:00 UTC: 11:00 in Berlin (open), 05:00 in New York (closed). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private final ManualDelays delays = new ManualDelays();

    private InboxViewModel loaded() {
        for (long id = 1; id <= 4; id++) {
            gateway.add(FakeTaskGateway.task(id, TaskType.CALL, null));
        }
        InboxViewModel inbox = new InboxViewModel(gateway, new SameThreadTaskRunner(), CLOCK);
        new ZoneReadAhead(inbox, gateway, new SameThreadTaskRunner(), delays);
        inbox.load();
        return inbox;
    }

    @Test
    void oneReadPerContactGivesEveryRowItsZone() {
        gateway.contactZone = "Europe/Berlin";
        InboxViewModel inbox = loaded();

        assertThat(inbox.rows()).allSatisfy(row -> assertThat(row.contactZoneProperty().get()).isEqualTo(ZoneId.of("Europe/Berlin")));
        assertThat(gateway.calls).filteredOn(call -> call.startsWith("contact ")).containsExactly("contact 1");
        assertThat(inbox.counts().of(TaskView.WORKING_NOW).get()).isEqualTo(4);
        inbox.filters().viewProperty().set(TaskView.WORKING_NOW);
        assertThat(inbox.visibleRows()).hasSize(4);
    }

    @Test
    void nightWhereTheyAreKeepsThemOutOfTheView() {
        gateway.contactZone = "America/New_York";
        InboxViewModel inbox = loaded();
        assertThat(inbox.counts().of(TaskView.WORKING_NOW).get()).isZero();
        assertThat(inbox.counts().of(TaskView.TODAY).get()).isEqualTo(4);
    }

    @Test
    void aFailedReadIsAskedAgainLaterAndABusyBudgetWaits() {
        gateway.contactZone = "Europe/Berlin";
        gateway.failOn.put("contact 1", new GatewayException(GatewayException.Kind.CANCELLED, "dropped"));
        InboxViewModel inbox = loaded();
        assertThat(inbox.rows()).allMatch(row -> row.contactZoneProperty().get() == null);

        gateway.budget = new BudgetState(Map.of(), 80, 100, Instant.EPOCH, null);
        delays.advance(ZoneReadAhead.REST);
        assertThat(gateway.calls).filteredOn(call -> call.startsWith("contact ")).as("not while the budget is busy").hasSize(1);

        gateway.budget = new BudgetState(Map.of(), 0, 100, Instant.EPOCH, null);
        delays.advance(ZoneReadAhead.REST);
        assertThat(inbox.rows()).allMatch(row -> ZoneId.of("Europe/Berlin").equals(row.contactZoneProperty().get()));
    }
}

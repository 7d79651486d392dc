package dev.taskinbox.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.HeldRunner;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One key press, one task: the local guard around a create that Reply does not make idempotent. */
class FollowUpsTest {
    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private final HeldRunner runner = new HeldRunner();
    private final Clock clock = Clock.fixed(FakeTaskGateway.DUE, ZoneOffset.UTC);
    private InboxViewModel inbox;
    private FollowUps followUps;

    @BeforeEach
    void setUp() {
        gateway.add(FakeTaskGateway.task(1, TaskType.CALL, null)).add(FakeTaskGateway.task(2, TaskType.MANUAL_EMAIL, null));
        inbox = new InboxViewModel(gateway, runner, clock);
        inbox.load();
        while (!runner.held.isEmpty()) {
            runner.held.remove(0).run();
        }
        followUps = new FollowUps(gateway, runner, inbox, clock);
    }

    @Test
    void aSecondPressWhileTheFirstIsOutCreatesNothing() {
        NewTask proposal = followUps.propose(gateway.task(1));
        assertThat(followUps.create(1, proposal)).isTrue();
        assertThat(followUps.create(1, proposal)).as("the second press").isFalse();
        assertThat(inbox.messageProperty().get()).isEqualTo("A follow-up for this task is already being created.");

        runner.held.remove(0).run();

        assertThat(runner.held).isEmpty();
        assertThat(gateway.created).hasSize(1);
        assertThat(inbox.find(3)).as("the new task is in the list").isPresent();
        assertThat(followUps.earlier(1)).hasValueSatisfying(said -> assertThat(said).startsWith("A follow-up was created: Call"));
        assertThat(inbox.messageProperty().get()).startsWith("Follow-up created: Call for");
    }

    @Test
    void anUnclearAnswerIsToldAndNeverRepeated() {
        NewTask proposal = followUps.propose(gateway.task(1));
        gateway.failNext(new GatewayException(GatewayException.Kind.UNKNOWN_OUTCOME, "Reply did not answer in time."));
        followUps.create(1, proposal);

        runner.held.remove(0).run();

        assertThat(runner.held).as("no second try").isEmpty();
        assertThat(gateway.created).isEmpty();
        assertThat(inbox.attentionProperty().get()).contains("may or may not exist").contains("did not try again");
        assertThat(followUps.earlier(1)).as("the next F asks first").isPresent();
        assertThat(followUps.inFlight(1)).isFalse();
    }

    @Test
    void aRefusalLeavesNothingBehindAndTheRepMayTryAgain() {
        NewTask proposal = followUps.propose(gateway.task(1));
        gateway.failNext(new GatewayException(GatewayException.Kind.REJECTED, "dueTo must be later than startAt."));
        followUps.create(1, proposal);
        runner.held.remove(0).run();

        assertThat(inbox.attentionProperty().get()).contains("was not created").contains("dueTo must be later");
        assertThat(followUps.earlier(1)).isEmpty();
        assertThat(followUps.create(1, proposal)).isTrue();
    }

    @Test
    void anEmailsTextGoesAsEscapedParagraphs() {
        NewTask typed = new NewTask(TaskType.MANUAL_EMAIL, null, 1, FakeTaskGateway.DUE, FakeTaskGateway.DUE.plusSeconds(3600),
                "Re: hi", "Hi <Ann> & co,\nline two\n\nSecond paragraph");
        followUps.create(2, typed);
        runner.held.remove(0).run();

        assertThat(gateway.created.get(0).body())
                .isEqualTo("<p>Hi &lt;Ann&gt; &amp; co,<br>line two</p><p>Second paragraph</p>");
    }
}

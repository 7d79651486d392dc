package dev.taskinbox.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.ManualDelays;
import dev.taskinbox.support.MutableClock;
import dev.taskinbox.support.Queues;
import dev.taskinbox.task.ContactStanding;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendJournal;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Held sends on a fake clock: they go at their time after their checks, survive a restart, and never go unseen. */
class OutboxTest {
    private static final Instant NOW = Instant.parse("2026-12-01T16:00:00Z");   // Tuesday
    private static final SendRequest EDITED = new SendRequest(new MessageContent("Hi", "<p>Edited</p>"), 12L);

    @TempDir
    Path dir;
    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final MutableClock clock = new MutableClock(NOW);
    private final ManualDelays delays = new ManualDelays();
    private final List<List<HeldSend>> asked = new ArrayList<>();
    private InboxViewModel inbox;

    @BeforeEach
    void setUp() {
        gateway.add(FakeTaskGateway.task(1, TaskType.MANUAL_EMAIL, null)).add(FakeTaskGateway.task(2, TaskType.SMS, null));
        inbox = new InboxViewModel(gateway, runner, clock);
        inbox.load();
    }

    private Outbox outbox() {
        Outbox outbox = new Outbox(gateway, runner, Queues.withoutUndo(new SendService(gateway, runner, SendJournal.NONE)),
                inbox, OutboxFile.at(dir.resolve("outbox.properties"), clock), delays, clock);
        outbox.onDueUnseen(asked::add);
        outbox.start();
        return outbox;
    }

    private HeldSend at(long id, Instant when) {
        return new HeldSend(id, "Ann", TaskType.MANUAL_EMAIL, when, "America/New_York", EDITED);
    }

    /** Time passes as the app sees it: a tick every 15 s. */
    private void pass(Duration span) {
        for (Duration gone = Duration.ZERO; gone.compareTo(span) < 0; gone = gone.plus(Outbox.TICK)) {
            clock.advance(Outbox.TICK);
            delays.advance(Outbox.TICK);
        }
    }

    @Test
    void nineOClockTheirTimeIsTheNextWeekdayMorningThere() {
        assertThat(SendLater.nextMorning(NOW, ZoneId.of("America/New_York"))).isEqualTo(Instant.parse("2026-12-02T14:00:00Z"));
        // Friday evening in Auckland: Monday 09:00 there.
        assertThat(SendLater.nextMorning(Instant.parse("2026-12-04T08:00:00Z"), ZoneId.of("Pacific/Auckland")))
                .isEqualTo(Instant.parse("2026-12-06T20:00:00Z"));
        // Before nine on a weekday: the same morning.
        assertThat(SendLater.nextMorning(Instant.parse("2026-12-01T06:00:00Z"), ZoneId.of("Europe/Berlin")))
                .isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void itGoesAtItsTimeOnceWithTheTextItWasHeldWith() {
        Outbox outbox = outbox();
        outbox.hold(at(1, NOW.plus(Duration.ofMinutes(5))));

        pass(Duration.ofMinutes(4));
        assertThat(gateway.executed).as("not before its time").isEmpty();
        pass(Duration.ofMinutes(2));

        assertThat(gateway.executed).containsExactly(EDITED);
        assertThat(gateway.calls).as("read again, and the guard asked, before it went")
                .containsSubsequence("get 1", "contact standing 1", "execute 1");
        assertThat(outbox.held()).isEmpty();
        pass(Duration.ofMinutes(5));
        assertThat(gateway.executed).as("once").hasSize(1);
    }

    @Test
    void aProspectWhoRepliedMeanwhileIsNotWrittenTo() {
        gateway.standings.put(1L, new ContactStanding(false, List.of(new ContactStanding.InSequence(301, "Outbound Q4", true, false)), true));
        Outbox outbox = outbox();
        outbox.hold(at(1, NOW.plus(Duration.ofMinutes(1))));

        pass(Duration.ofMinutes(2));

        assertThat(gateway.executed).isEmpty();
        assertThat(outbox.held()).isEmpty();
        assertThat(inbox.attentionProperty().get()).contains("Not sent to Ann").contains("replied in Outbound Q4");
    }

    @Test
    void heldSendsSurviveARestartAndOneDueWhileClosedIsAskedAboutNotSent() throws IOException {
        outbox().hold(at(1, NOW.plus(Duration.ofMinutes(30))));
        assertThat(Files.readString(dir.resolve("outbox.properties"))).contains("1.sendAt");

        clock.advance(Duration.ofHours(2));   // the app was closed meanwhile
        Outbox again = outbox();

        assertThat(again.held()).extracting(HeldSend::request).containsExactly(EDITED);
        assertThat(asked).singleElement().satisfies(due -> assertThat(due).extracting(HeldSend::taskId).containsExactly(1L));
        pass(Duration.ofMinutes(5));
        assertThat(gateway.executed).as("never unseen").isEmpty();

        again.sendNow(1);
        assertThat(gateway.executed).containsExactly(EDITED);
    }

    @Test
    void aMachineThatSleptPastTheTimeAsksInstead() {
        Outbox outbox = outbox();
        outbox.hold(at(2, NOW.plus(Duration.ofMinutes(10))));

        clock.advance(Duration.ofHours(3));   // asleep: no ticks
        delays.advance(Outbox.TICK);

        assertThat(gateway.executed).isEmpty();
        assertThat(asked).hasSize(1);
        assertThat(outbox.isWaitingForRep(2)).isTrue();
    }

    @Test
    void cancelledMeansNothingGoes() {
        Outbox outbox = outbox();
        outbox.hold(at(1, NOW.plus(Duration.ofMinutes(1))));
        outbox.cancel(1);
        pass(Duration.ofMinutes(3));
        assertThat(gateway.executed).isEmpty();
        assertThat(OutboxFile.at(dir.resolve("outbox.properties"), clock).load().held()).isEmpty();
    }

    @Test
    void aDamagedFileIsSetAsideAndSaidNotFatal() throws IOException {
        Files.writeString(dir.resolve("outbox.properties"), "1.sendAt=not a time\n2.sendAt=2026-12-02T14:00:00Z\n2.zone=Mars/Base\n"
                + "3.sendAt=2026-12-02T14:00:00Z\n3.type=SMS\n3.who=Bo\n");
        OutboxFile.Loaded loaded = OutboxFile.at(dir.resolve("outbox.properties"), clock).load();
        assertThat(loaded.held()).extracting(HeldSend::taskId).containsExactly(3L);
        assertThat(loaded.problem()).isEqualTo("2 held sends could not be read and will not go.");
    }
}

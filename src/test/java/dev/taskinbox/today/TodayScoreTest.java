package dev.taskinbox.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's score on a fixed clock, and the log it comes from. */
class TodayScoreTest {
    private static final ZoneId REP = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-07T11:00:00Z");   // Monday 12:00 in Berlin

    @Test
    void todaysWorkByTypeAndThePaceItGives() {
        List<DayLog.Done> log = List.of(new DayLog.Done(Instant.parse("2026-12-06T22:30:00Z"), TaskType.SMS),   // Sunday here
                new DayLog.Done(Instant.parse("2026-12-07T08:00:00Z"), TaskType.MANUAL_EMAIL),
                new DayLog.Done(Instant.parse("2026-12-07T09:00:00Z"), TaskType.MANUAL_EMAIL),
                new DayLog.Done(Instant.parse("2026-12-07T10:00:00Z"), TaskType.CALL));

        TodayScore score = TodayScore.of(log, List.of(), 6, NOW, REP);

        assertThat(score.done()).isEqualTo(3);
        assertThat(score.doneByType()).containsOnly(java.util.Map.entry(TaskType.MANUAL_EMAIL, 2), java.util.Map.entry(TaskType.CALL, 1));
        // Three tasks in three hours: six more take six hours.
        assertThat(score.toFinish()).contains(Duration.ofHours(6));
        assertThat(score.sentence()).isEqualTo("3 done (2 Email, 1 Call) · 6 left · about 6 h at today's pace");
    }

    @Test
    void tooEarlyToTellAndNothingLeft() {
        List<DayLog.Done> one = List.of(new DayLog.Done(NOW.minusSeconds(60), TaskType.SMS));
        assertThat(TodayScore.of(one, List.of(), 4, NOW, REP).toFinish()).isEmpty();
        assertThat(TodayScore.of(one, List.of(), 0, NOW, REP).toFinish()).contains(Duration.ZERO);
    }

    @Test
    void aWeekendNeitherCountsNorBreaksTheRun() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        List<LocalDate> clear = List.of(monday.minusDays(4), monday.minusDays(3));   // Thursday, Friday
        assertThat(TodayScore.streak(new java.util.HashSet<>(clear), monday)).as("Monday not clear yet").isEqualTo(2);
        assertThat(TodayScore.streak(new java.util.HashSet<>(List.of(monday, monday.minusDays(3))), monday)).isEqualTo(2);
        assertThat(TodayScore.streak(new java.util.HashSet<>(List.of(monday.minusDays(4))), monday)).as("Friday missed").isZero();
    }

    @Test
    void aDamagedLogLineIsSkippedAndCountedNotFatal(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("day-log.txt");
        Files.writeString(file, "done 2026-12-07T08:00:00Z SMS\nrubbish\ndone not-a-date SMS\nclear 2026-12-04\ndone 2026-12-07T09:00:00Z NOPE\n");

        DayLog.Contents read = DayLog.read(file);

        assertThat(read.done()).containsExactly(new DayLog.Done(Instant.parse("2026-12-07T08:00:00Z"), TaskType.SMS));
        assertThat(read.clearDays()).containsExactly(LocalDate.of(2026, 12, 4));
        assertThat(read.unreadable()).isEqualTo(3);
    }

    @Test
    void linesWrittenAreReadBackAndTheFileIsTheOwnersOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("day-log.txt");
        try (DayLog log = DayLog.open(file)) {
            log.done(Instant.parse("2026-12-07T08:00:00Z"), TaskType.CALL);
            log.clear(LocalDate.of(2026, 12, 7));
        }
        // close() has let the queued lines reach the file.
        assertThat(DayLog.read(file).done()).hasSize(1);
        assertThat(DayLog.read(file).clearDays()).containsExactly(LocalDate.of(2026, 12, 7));
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }
}

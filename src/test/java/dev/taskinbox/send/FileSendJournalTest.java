package dev.taskinbox.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSendJournalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anEntryIsOnDiskAsSoonAsBeginReturnsAndGoesWithEnd() {
        Path file = dir.resolve("send-journal.properties");
        FileSendJournal journal = new FileSendJournal(file, CLOCK);

        journal.begin(5001);
        journal.begin(5002);
        assertThat(new FileSendJournal(file, CLOCK).pending()).containsExactlyInAnyOrder(5001L, 5002L);

        journal.end(5001);
        assertThat(new FileSendJournal(file, CLOCK).pending()).containsExactly(5002L);
    }

    @Test
    void aCorruptJournalIsSetAsideAndSaysWhatToCheck() throws IOException {
        Path file = dir.resolve("send-journal.properties");
        Files.writeString(file, "5001=\\uZZZZ\n");

        FileSendJournal journal = new FileSendJournal(file, CLOCK);

        assertThat(journal.pending()).isEmpty();
        assertThat(journal.problem()).contains("check that task in Reply before sending it again");
        assertThat(dir.resolve("send-journal.properties.corrupt-20261130-090000")).exists();
        journal.begin(1);
        assertThat(new FileSendJournal(file, CLOCK).pending()).containsExactly(1L);
    }
}

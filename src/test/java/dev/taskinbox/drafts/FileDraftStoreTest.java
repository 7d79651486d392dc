package dev.taskinbox.drafts;

import dev.taskinbox.support.Waits;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.task.Draft;
import java.util.Map;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDraftStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("data/drafts.properties");
    }

    @Test
    void draftsSurviveARestartWordForWord() {
        Draft tricky = new Draft(5001, "Hej Åsa 👋", "<p>שלום, line one\nline two = \\ # ! :</p>", 12L);
        Draft plain = new Draft(5002, "", "SMS text", null);
        try (FileDraftStore store = new FileDraftStore(file(), CLOCK)) {
            store.loadAll();
            store.save(tricky);
            store.save(plain);
        }

        FileDraftStore reopened = new FileDraftStore(file(), CLOCK);

        assertThat(reopened.loadAll()).containsOnly(
                java.util.Map.entry(5001L, tricky), java.util.Map.entry(5002L, plain));
        assertThat(reopened.problem()).isEmpty();
    }

    @Test
    void anEditReachesTheDiskByItselfWithoutAnyoneFlushing() throws Exception {
        // How soon is the benchmark's business; here only that nobody has to flush or close.
        try (FileDraftStore store = new FileDraftStore(file(), CLOCK)) {
            store.loadAll();

            store.save(new Draft(7, "s", "typed", null));

            Waits.waitFor("the draft is on disk", () -> Files.exists(file())
                    && new FileDraftStore(file(), CLOCK).loadAll().containsKey(7L));
        }
    }

    @Test
    void aRemovedDraftIsGoneAfterARestart() {
        try (FileDraftStore store = new FileDraftStore(file(), CLOCK)) {
            store.loadAll();
            store.save(new Draft(1, "a", "b", null));
            store.save(new Draft(2, "c", "d", null));
            store.remove(1);
        }

        assertThat(new FileDraftStore(file(), CLOCK).loadAll()).containsOnlyKeys(2L);
    }

    @Test
    void aCorruptFileIsSetAsideWithAMessageAndTheStoreStillWorks() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "5001.body=\\uZZZZ broken\n");
        FileDraftStore store = new FileDraftStore(file(), CLOCK);

        assertThat(store.loadAll()).isEmpty();

        assertThat(store.problem()).startsWith("Your saved drafts could not be read");
        assertThat(file().resolveSibling("drafts.properties.corrupt-20261130-090000")).exists();
        store.save(new Draft(9, "", "new", null));
        store.close();
        assertThat(new FileDraftStore(file(), CLOCK).loadAll()).containsOnlyKeys(9L);
    }

    @Test
    void strayLinesDoNotCostTheOtherDraftsAndABadSenderDoesNotCostItsDraft() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "abc.body=x\n12.body=kept\n12.account=oops\n13.body=also kept\n");

        Map<Long, Draft> read = new FileDraftStore(file(), CLOCK).loadAll();

        assertThat(read).containsOnlyKeys(12L, 13L);
        assertThat(read.get(12L).body()).isEqualTo("kept");
        assertThat(read.get(12L).emailAccountId()).as("the unreadable sender falls back to the default").isNull();
        assertThat(read.get(13L).body()).isEqualTo("also kept");
    }
}

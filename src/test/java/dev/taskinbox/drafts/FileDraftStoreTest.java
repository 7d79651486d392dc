package dev.taskinbox.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.task.Draft;
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
    void anEditReachesTheDiskWithinASecondWithoutAnyoneFlushing() throws Exception {
        FileDraftStore store = new FileDraftStore(file(), CLOCK);
        store.loadAll();

        store.save(new Draft(7, "s", "typed", null));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        boolean onDisk = false;
        while (!onDisk && System.nanoTime() < deadline) {
            onDisk = Files.exists(file()) && new FileDraftStore(file(), CLOCK).loadAll().containsKey(7L);
            Thread.onSpinWait();
        }
        assertThat(onDisk).isTrue();
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
    void strayLinesDoNotCostTheOtherDrafts() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "abc.body=x\n12.body=kept\n12.account=oops\n13.body=also kept\n");

        assertThat(new FileDraftStore(file(), CLOCK).loadAll()).containsOnlyKeys(13L);
    }
}

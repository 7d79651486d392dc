package dev.taskinbox.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileApiKeyStoreTest {
    @TempDir
    Path dir;

    @Test
    void theKeyIsKeptInAFileOnlyItsOwnerCanRead() throws IOException {
        Path file = dir.resolve("config/task-inbox/api-key");
        FileApiKeyStore store = new FileApiKeyStore(file);

        store.save("  sk_live_secret  ");

        assertThat(store.load()).contains("sk_live_secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void clearingForgetsTheKeyAndAMissingFileIsNoKey() {
        FileApiKeyStore store = new FileApiKeyStore(dir.resolve("api-key"));
        assertThat(store.load()).isEmpty();

        store.save("k1234");
        store.clear();

        assertThat(store.load()).isEmpty();
    }

    @Test
    void theDescriptionNamesThePlaceNotTheKey() {
        FileApiKeyStore store = new FileApiKeyStore(dir.resolve("api-key"));
        store.save("sk_live_secret");

        assertThat(store.describe()).contains("api-key").doesNotContain("sk_live_secret");
    }
}

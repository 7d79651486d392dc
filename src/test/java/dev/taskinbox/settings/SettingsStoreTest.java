package dev.taskinbox.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveARoundTripAndLeaveNoTempFiles() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("nested/settings.properties"));

        store.save(new AppSettings("BEARER", "STRINGS"));

        assertThat(store.load()).isEqualTo(new AppSettings("BEARER", "STRINGS"));
        try (var files = Files.list(dir.resolve("nested"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("settings.properties");
        }
    }

    @Test
    void aMissingFileMeansDefaults() {
        assertThat(new SettingsStore(dir.resolve("none.properties")).load()).isEqualTo(AppSettings.DEFAULTS);
    }

    @Test
    void anUnreadableFileMeansDefaultsAndIsLeftForTheRepToInspect() throws IOException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "api.authScheme=\\uZZZZ\n");

        assertThat(new SettingsStore(file).load()).isEqualTo(AppSettings.DEFAULTS);
        assertThat(file).exists();
    }

    @Test
    void aUiScaleIsKeptAndOneTheAppDoesNotOfferIsDropped() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));

        store.save(new AppSettings("", "", 5, "", false, "", "", "", "1.5"));
        String kept = store.load().uiScale();
        Files.writeString(dir.resolve("settings.properties"), "ui.scale=40\n");

        assertThat(kept).isEqualTo("1.5");
        assertThat(store.load().uiScale()).as("a hand-edited scale no window could be used at").isEmpty();
    }
}

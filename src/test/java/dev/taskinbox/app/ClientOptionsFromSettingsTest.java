package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.AuthScheme;
import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.api.EnumDialect;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.SettingsStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientOptionsFromSettingsTest {
    @TempDir
    Path dir;

    @Test
    void noSettingsMeansTheSeedsHeaderAndALearnedDialect() {
        ClientOptions options = AppContext.clientOptions(new SettingsStore(dir.resolve("s.properties")));

        assertThat(options.authScheme()).isEqualTo(AuthScheme.X_API_KEY);
        assertThat(options.pinnedDialect()).isNull();
    }

    @Test
    void savedSettingsAreUsedAndALearnedSchemeIsRemembered() {
        SettingsStore store = new SettingsStore(dir.resolve("s.properties"));
        store.save(new AppSettings("", "strings"));

        ClientOptions options = AppContext.clientOptions(store);
        options.onAuthLearned().accept(AuthScheme.BEARER);

        assertThat(options.pinnedDialect()).isEqualTo(EnumDialect.STRINGS);
        assertThat(store.load()).isEqualTo(new AppSettings("BEARER", "strings"));
        assertThat(AppContext.clientOptions(store).authScheme()).isEqualTo(AuthScheme.BEARER);
    }
}

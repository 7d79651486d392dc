package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.settings.FileApiKeyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No saved setting can lock the rep out: a saved API URL the app cannot use is left out, and said. */
class BadSavedUrlTest {
    @TempDir
    Path home;
    private AppDirs dirs;
    private FileApiKeyStore keys;
    private Handler[] handlersBefore;

    @BeforeEach
    void aSavedUrlThatCannotBeUsed() throws IOException {
        handlersBefore = Logger.getLogger("").getHandlers();
        dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        Files.createDirectories(dirs.config());
        // Plain http to a machine that is not this one: the key would cross the network in clear text.
        Files.writeString(dirs.config().resolve("settings.properties"), "api.url=http://reply.example.com\n");
        keys = new FileApiKeyStore(dirs.config().resolve("api-key"));
        keys.save("sk_saved_key_0000");
    }

    @AfterEach
    void quiet() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (!Arrays.asList(handlersBefore).contains(handler)) {
                root.removeHandler(handler);
                handler.close();
            }
        }
    }

    @Test
    void theAppStartsWithoutItAndTellsTheRepWhereToFixIt() {
        TaskInboxApp.Started started = TaskInboxApp.read(List.of(), dirs, keys, Map.of());

        assertThat(started.notice()).startsWith("The API URL saved in Settings cannot be used (")
                .endsWith("Open Settings (the gear) to correct it.");
        assertThat(started.prepared().demoServer()).as("the saved key still goes to Reply itself").isNull();
    }

    @Test
    void aBadUrlTheRepGaveOnTheCommandLineIsStillRefusedThere() {
        assertThatThrownBy(() -> TaskInboxApp.read(List.of("--api-url", "http://reply.example.com"), dirs, keys, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.taskinbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.SettingsStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The guard itself: the app's code reading a file on the FX thread is caught; the same read elsewhere is not. */
class FxThreadNeverBlocksTest {
    @TempDir
    Path dir;

    @Test
    void aFileReadByTheAppOnTheFxThreadIsCaughtAndOffItIsNot() throws Exception {
        FxToolkit.registerPrimaryStage();
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        store.save(AppSettings.DEFAULTS);

        store.load();
        assertThat(FxThreadNeverBlocks.takeCaught()).as("on the test's own thread").isEmpty();

        WaitForAsyncUtils.asyncFx(store::load).get(10, TimeUnit.SECONDS);
        assertThat(FxThreadNeverBlocks.takeCaught()).as("on the FX thread").isNotEmpty()
                .allSatisfy(caught -> assertThat(caught).contains("dev.taskinbox.settings.SettingsStore.load"));
    }
}

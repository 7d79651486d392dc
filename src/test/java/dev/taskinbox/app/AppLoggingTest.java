package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLoggingTest {
    private static final String KEY = "sk_live_0123456789abcdef";

    @TempDir
    Path dir;
    private Handler[] before;

    @AfterEach
    void removeFileHandlers() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (before == null || !Arrays.asList(before).contains(handler)) {
                root.removeHandler(handler);
                handler.close();
            }
        }
    }

    @Test
    void logLinesGoToARotatingFileWithTheKeyBlankedOut() throws IOException {
        before = Logger.getLogger("").getHandlers();
        Path logFile = AppLogging.install(dir.resolve("logs"), Redactor.of(KEY));

        Logger.getLogger("test").log(Level.WARNING, "request with X-API-Key: " + KEY + " failed",
                new IllegalStateException("header was " + KEY));
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        assertThat(logFile).exists();
        String written = Files.readString(logFile);
        assertThat(written).contains("request with X-API-Key: " + Redactor.MARK + " failed")
                .contains("header was " + Redactor.MARK).doesNotContain(KEY);
    }

    @Test
    void theCrashDialogSaysWhereTheLogIsAndNothingAlarming() {
        CrashHandler handler = new CrashHandler(Redactor.of(KEY), dir.resolve("task-inbox-0.log"));

        assertThat(handler.message()).contains("drafts").contains(dir.resolve("task-inbox-0.log").toString())
                .doesNotContain("Exception");
    }

    @Test
    void shortOrMissingKeysAreNotRedactedAsEverything() {
        assertThat(Redactor.of((String) null).clean("text")).isEqualTo("text");
        assertThat(Redactor.of("a").clean("banana")).isEqualTo("banana");
        assertThat(Redactor.of(KEY).clean(null)).isEmpty();
    }
}

package dev.taskinbox.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends java.util.logging to a rotating file in the OS log directory (5 files of 1 MB), with the
 * API key blanked out of every line, on the console as in the file.
 */
final class AppLogging {
    private static final int FILE_LIMIT = 1024 * 1024;
    private static final int FILE_COUNT = 5;

    private AppLogging() {
    }

    /** @return the current log file, or null when the directory cannot be written (logging stays on the console) */
    static Path install(Path logDir, Redactor redactor) {
        Logger root = Logger.getLogger("");
        Formatter formatter = new RedactingFormatter(redactor);
        for (Handler handler : root.getHandlers()) {
            handler.setFormatter(formatter);
        }
        try {
            createPrivately(logDir);
            FileHandler file = new FileHandler(logDir.resolve("task-inbox-%g.log").toString(), FILE_LIMIT, FILE_COUNT, true);
            file.setFormatter(formatter);
            Handler background = new BackgroundLogHandler(file);
            background.setLevel(Level.INFO);
            root.addHandler(background);
            return logDir.resolve("task-inbox-0.log");
        } catch (IOException | RuntimeException cannotWrite) {
            root.log(Level.WARNING, "Logs cannot be written to " + logDir + "; they go to the console only.", cannotWrite);
            return null;
        }
    }

    /** Logs name contacts and tasks: only their owner may read them, where the file system can say so. */
    private static void createPrivately(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** The standard one-or-two-line format, passed through the redactor last. */
    static final class RedactingFormatter extends Formatter {
        private final SimpleFormatter plain = new SimpleFormatter();
        private final Redactor redactor;

        RedactingFormatter(Redactor redactor) {
            this.redactor = redactor;
        }

        @Override
        public String format(LogRecord record) {
            return redactor.clean(plain.format(record));
        }
    }
}

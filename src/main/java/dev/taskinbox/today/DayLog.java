package dev.taskinbox.today;

import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's own record of the rep's days, for the Today score: one line per task done
 * ({@code done 2026-12-01T10:02:03Z SMS}) and one per day the overdue count reached zero
 * ({@code clear 2026-12-01}). Appended on its own thread (never the FX thread); a line that does
 * not read is skipped and counted, never fatal. Nothing about prospects is written: type and time only.
 */
public final class DayLog implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DayLog.class.getName());

    /** What the file held when it was opened. */
    public record Contents(List<Done> done, List<LocalDate> clearDays, List<Mail> mail, int unreadable) {
        public static final Contents EMPTY = new Contents(List.of(), List.of(), List.of(), 0);
    }

    /** An email this app sent from one of the rep's mailboxes (for the daily-limit estimate). */
    public record Mail(Instant at, long accountId) {
    }

    public record Done(Instant at, TaskType type) {
    }

    private final Path file;
    private final ExecutorService writer;
    private final Contents contents;

    private DayLog(Path file, Contents contents) {
        this.file = file;
        this.contents = contents;
        this.writer = file == null ? null : Executors.newSingleThreadExecutor(run -> {
            Thread thread = new Thread(run, "day-log-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A log that keeps nothing (demo data, tests that are not about it). */
    public static DayLog inMemory() {
        return new DayLog(null, Contents.EMPTY);
    }

    /** Opens (reads) the file; blocking, so the app calls it at start-up off the FX thread. */
    public static DayLog open(Path file) {
        return new DayLog(file, read(file));
    }

    public Contents contents() {
        return contents;
    }

    public void done(Instant at, TaskType type) {
        append("done " + at + " " + type.name());
    }

    public void mail(Instant at, long accountId) {
        append("mail " + at + " " + accountId);
    }

    public void clear(LocalDate day) {
        append("clear " + day);
    }

    private void append(String line) {
        if (writer == null || writer.isShutdown()) {
            return;   // closed with the app: a late count is dropped, never an error
        }
        try {
            writer.execute(() -> {
                try {
                    if (!Files.exists(file)) {
                        Files.createDirectories(file.getParent());
                        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    }
                    Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                } catch (IOException | UnsupportedOperationException failed) {
                    // The score is a nicety: a line lost is a count too low, never a stop.
                    LOG.log(Level.WARNING, "Could not write to the day log " + file + ": " + failed.getMessage());
                }
            });
        } catch (RejectedExecutionException closing) {
            // closed with the app between the check and here: the same, a late count is dropped
        }
    }

    static Contents read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Contents.EMPTY;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            LOG.log(Level.WARNING, "The day log " + file + " could not be read; today's score starts from zero.");
            return Contents.EMPTY;
        }
        List<Done> done = new ArrayList<>();
        List<LocalDate> clear = new ArrayList<>();
        List<Mail> mail = new ArrayList<>();
        int bad = 0;
        for (String line : lines) {
            String[] parts = line.strip().split(" ");
            try {
                if (parts.length == 3 && parts[0].equals("done")) {
                    done.add(new Done(Instant.parse(parts[1]), TaskType.valueOf(parts[2].toUpperCase(Locale.ROOT))));
                } else if (parts.length == 3 && parts[0].equals("mail")) {
                    mail.add(new Mail(Instant.parse(parts[1]), Long.parseLong(parts[2])));
                } else if (parts.length == 2 && parts[0].equals("clear")) {
                    clear.add(LocalDate.parse(parts[1]));
                } else if (!line.isBlank()) {
                    bad++;
                }
            } catch (DateTimeParseException | IllegalArgumentException damaged) {
                bad++;
            }
        }
        return new Contents(List.copyOf(done), List.copyOf(clear), List.copyOf(mail), bad);
    }

    /** Lets the lines already handed over reach the file (a moment at most), then stops the writer. */
    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warning("The day log did not finish writing in time; the last lines may be missing.");
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}

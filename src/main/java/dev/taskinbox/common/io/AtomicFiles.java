package dev.taskinbox.common.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * Small files that must never be half-written: the new content goes to a temp file beside the
 * target, is forced to disk, and then replaces the target in one atomic move. A crash at any
 * moment leaves either the old file or the new one.
 */
public final class AtomicFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AtomicFiles() {
    }

    public static void writeProperties(Path target, Properties properties, String comment) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                properties.store(out, comment);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Replaces {@code target} with {@code temp} in one step where the file system can (a reader sees old or new, never half). */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException noAtomicMove) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reads a properties file; an empty one when it does not exist. Throws when it cannot be read. */
    public static Properties readProperties(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                properties.load(in);
            } catch (IllegalArgumentException malformedEscape) {
                throw new IOException("Malformed content in " + file, malformedEscape);
            }
        }
        return properties;
    }

    /**
     * Moves an unreadable file out of the way and says where, as the end of a sentence for the rep
     * (" It was kept as outbox.properties.corrupt-20261201-0900."), or "" when it could not be moved.
     */
    public static String setAside(Path file, Clock clock) {
        try {
            return " It was kept as " + moveAside(file, clock).getFileName() + ".";
        } catch (IOException cannotMove) {
            return "";
        }
    }

    /** Moves an unreadable file out of the way (keeping it for the rep or support) and returns where it went. */
    public static Path moveAside(Path file, Clock clock) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()
                .atZone(clock.getZone())));
        return Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
    }
}

package dev.taskinbox.settings;

import dev.taskinbox.common.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The key in a file only its owner may read (0600 where the file system has POSIX permissions;
 * elsewhere the per-user config directory's own protection), created private from the first byte.
 */
public final class FileApiKeyStore implements ApiKeyStore {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    public FileApiKeyStore(Path file) {
        this.file = file;
    }

    @Override
    public Optional<String> load() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            return key.isEmpty() ? Optional.empty() : Optional.of(key);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void save(String apiKey) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            createPrivateDirectories(dir);
            Path temp = posix()
                    ? Files.createTempFile(dir, "api-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dir, "api-key", ".tmp");
            try {
                Files.writeString(temp, apiKey.strip(), StandardCharsets.UTF_8);
                AtomicFiles.moveIntoPlace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException cannotWrite) {
            // The path is fine to show; the key itself never goes into a message.
            throw new UncheckedIOException("The API key could not be saved to " + file, cannotWrite);
        }
    }

    @Override
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException cannotDelete) {
            throw new UncheckedIOException("The saved API key at " + file + " could not be removed", cannotDelete);
        }
    }

    @Override
    public String describe() {
        return "a private file (" + file + ")";
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}

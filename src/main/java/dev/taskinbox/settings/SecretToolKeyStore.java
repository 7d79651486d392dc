package dev.taskinbox.settings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The key in the desktop keyring (Secret Service: GNOME Keyring, KWallet) through libsecret's
 * {@code secret-tool}. The key goes through stdin and stdout only, never on a command line where
 * other users could see it. Used only where {@link #isAvailable()} says the keyring answers.
 */
public final class SecretToolKeyStore implements ApiKeyStore {
    private static final List<String> ATTRIBUTES = List.of("application", "task-inbox", "kind", "reply-api-key");
    private static final long TIMEOUT_SECONDS = 5;

    /** True when secret-tool exists and a keyring service answers (not on a headless machine). */
    public static boolean isAvailable() {
        try {
            Result probe = run(List.of("secret-tool", "search", "application", "task-inbox"), null);
            // Found or not, a reachable keyring answers quietly; a missing D-Bus or keyring complains on stderr.
            return probe.exitCode() == 0 || probe.exitCode() == 1 && probe.error().isBlank();
        } catch (IOException missing) {
            return false;
        }
    }

    @Override
    public Optional<String> load() {
        try {
            Result result = run(command("lookup"), null);
            String key = result.output().strip();
            return result.exitCode() == 0 && !key.isEmpty() ? Optional.of(key) : Optional.empty();
        } catch (IOException unavailable) {
            return Optional.empty();
        }
    }

    @Override
    public void save(String apiKey) {
        List<String> store = new ArrayList<>(List.of("secret-tool", "store", "--label=Task Inbox: Reply API key"));
        store.addAll(ATTRIBUTES);
        try {
            if (run(store, apiKey.strip()).exitCode() != 0) {
                throw new IllegalStateException("The system keyring did not accept the API key.");
            }
        } catch (IOException unavailable) {
            throw new IllegalStateException("The system keyring could not be reached.", unavailable);
        }
    }

    @Override
    public void clear() {
        try {
            run(command("clear"), null);
        } catch (IOException unavailable) {
            // nothing stored where nothing answers
        }
    }

    @Override
    public String describe() {
        return "the system keyring";
    }

    private static List<String> command(String verb) {
        List<String> command = new ArrayList<>(List.of("secret-tool", verb));
        command.addAll(ATTRIBUTES);
        return command;
    }

    private record Result(int exitCode, String output, String error) {
    }

    private static Result run(List<String> command, String input) throws IOException {
        Process process = new ProcessBuilder(command).start();
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("secret-tool did not answer in time");
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while waiting for secret-tool", stopping);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output, error);
    }
}

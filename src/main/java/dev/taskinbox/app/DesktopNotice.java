package dev.taskinbox.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The desktop's own notification, for news that comes while the rep is in another window: on
 * Linux through {@code notify-send} (libnotify) where it is installed; nowhere else yet (the
 * in-window notification still shows). Runs the command on its own worker, never on the FX thread.
 */
final class DesktopNotice {
    private static final Logger LOG = Logger.getLogger(DesktopNotice.class.getName());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(run -> {
        Thread thread = new Thread(run, "desktop-notice");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> command;

    /** @param command the program and its first arguments; the text goes last (empty: no desktop notifications) */
    DesktopNotice(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** {@code notify-send} where this is Linux and it is on the PATH; otherwise none. */
    static DesktopNotice forThisDesktop() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return new DesktopNotice(linux ? onPath("notify-send").map(program -> List.of(program.toString(), "--app-name=Task Inbox",
                "--icon=task-inbox", "Task Inbox")).orElse(List.of()) : List.of());
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    boolean available() {
        return !command.isEmpty();
    }

    /** Shows {@code text} on the desktop (nothing where there is no way to); a failure is only logged. */
    void tell(String text) {
        if (command.isEmpty()) {
            return;
        }
        List<String> line = new ArrayList<>(command);
        line.add(text);
        worker.execute(() -> {
            try {
                Process shown = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!shown.waitFor(5, TimeUnit.SECONDS)) {
                    shown.destroy();
                }
            } catch (IOException cannotRun) {
                LOG.info("The desktop notification could not be shown: " + cannotRun.getMessage());
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
    }
}

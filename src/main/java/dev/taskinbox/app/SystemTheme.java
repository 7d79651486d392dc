package dev.taskinbox.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark look, as far as it says: GNOME's {@code color-scheme} (and a
 * {@code GTK_THEME} ending in ":dark"), Windows' {@code AppsUseLightTheme}, macOS'
 * {@code AppleInterfaceStyle}. JavaFX 21 has no API for it. Asks a program: never on the FX thread.
 */
final class SystemTheme {
    private SystemTheme() {
    }

    /** Dark or light, or empty when the desktop does not say (the rep's own choice then holds). */
    static Optional<Boolean> prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv(), SystemTheme::ask);
    }

    /** The same, with the OS name, environment and a way to run a program given (tests give their own). */
    static Optional<Boolean> prefersDark(String osName, Map<String, String> env, Asker asker) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return asker.output(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(out -> out.contains("0x0"));
        }
        if (os.contains("mac")) {
            // The key is absent in light mode, so the command fails there: that too means light.
            return Optional.of(asker.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false));
        }
        String gtk = env.getOrDefault("GTK_THEME", "");
        if (gtk.toLowerCase(Locale.ROOT).endsWith(":dark")) {
            return Optional.of(true);
        }
        return asker.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .filter(out -> !out.isBlank()).map(out -> out.contains("prefer-dark"));
    }

    /** Runs a program and gives what it printed, or empty when it cannot run, fails or takes too long. */
    interface Asker {
        Optional<String> output(List<String> command);
    }

    private static Optional<String> ask(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroy();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException cannotRun) {
            return Optional.empty();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

package dev.taskinbox.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files, by each OS's convention: settings in the config directory, drafts
 * and the send journal in the data directory, logs in the log directory (XDG on Linux).
 */
record AppDirs(Path config, Path data, Path logs) {
    private static final String LINUX_NAME = "task-inbox";
    private static final String NAME = "TaskInbox";

    static AppDirs of(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = pathOr(env.get("APPDATA"), Path.of(home, "AppData", "Roaming")).resolve(NAME);
            Path local = pathOr(env.get("LOCALAPPDATA"), Path.of(home, "AppData", "Local")).resolve(NAME);
            return new AppDirs(roaming, local, local.resolve("logs"));
        }
        if (os.contains("mac")) {
            Path support = Path.of(home, "Library", "Application Support", NAME);
            return new AppDirs(support, support, Path.of(home, "Library", "Logs", NAME));
        }
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), Path.of(home, ".config")).resolve(LINUX_NAME);
        Path data = pathOr(env.get("XDG_DATA_HOME"), Path.of(home, ".local", "share")).resolve(LINUX_NAME);
        Path state = pathOr(env.get("XDG_STATE_HOME"), Path.of(home, ".local", "state")).resolve(LINUX_NAME);
        return new AppDirs(config, data, state.resolve("logs"));
    }

    static AppDirs current() {
        return of(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** XDG says: a relative or empty value is to be ignored. */
    private static Path pathOr(String value, Path fallback) {
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}

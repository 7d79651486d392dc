package dev.taskinbox.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps its files, by each OS's convention (XDG on Linux). */
final class AppDirs {
    private static final String NAME = "task-inbox";

    private AppDirs() {
    }

    static Path config(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("TaskInbox");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "TaskInbox");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve(NAME);
    }

    static Path config() {
        return config(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }
}

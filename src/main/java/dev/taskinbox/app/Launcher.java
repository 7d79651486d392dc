package dev.taskinbox.app;

/**
 * The entry point. A class that does not extend {@code Application} lets the app start from a
 * plain classpath (and from jpackage's launcher) without "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        TaskInboxApp.main(args);
    }
}

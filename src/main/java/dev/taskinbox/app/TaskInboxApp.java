package dev.taskinbox.app;

import dev.taskinbox.common.fx.UiThread;
import dev.taskinbox.settings.ApiKeyStore;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.SettingsStore;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application: resolves where tasks come from, builds the context, shows the window. */
public final class TaskInboxApp extends Application {
    /** This process's claim to be the one Task Inbox; null when it could not be made. */
    private static SingleInstance instance;
    /** The saved theme, read before the toolkit starts: the first window is drawn in it (JavaFX's own theme is never loaded). */
    private static volatile boolean firstThemeDark;
    private AppContext context;
    private Stage stage;
    private Boolean shownDark;
    /** Where the window's layout is kept between runs (set once start-up has found the folders). */
    private volatile Path layoutFile;

    @Override
    public void start(Stage stage) {
        // The window comes at once, with the last list when there is one (OpeningWindow); what start-up
        // reads (settings, keyring, drafts, journal) is read on a worker, never on the FX thread, and
        // the real window replaces the opening one once that has been drawn.
        useTheme(firstThemeDark);
        stage.setTitle("Task Inbox");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        OpeningWindow.show(stage, Clock.systemDefaultZone());
        // The warm-up loads the HTTP stack and the controls' skins on a thread of its own: started with
        // the toolkit it took the CPU the opening window needed (two cores: first rows ~0.1 s later, the
        // full window no sooner); after that frame it overlaps the building of the real one.
        OpeningWindow.whenDrawn(StartupWarmup::begin);
        List<String> args = getParameters().getRaw();
        Thread startup = new Thread(() -> {
            Started started;
            try {
                started = read(args);
            } catch (IllegalArgumentException | UncheckedIOException cannotStart) {
                UiThread.run(() -> cannotStart(cannotStart.getMessage()));
                return;
            } catch (RuntimeException unexpected) {
                // Never leave the rep looking at "Starting…" for ever; the crash handler has logged it if installed.
                UiThread.run(() -> cannotStart("Something unexpected went wrong while starting. "
                        + "The log folder has the details."));
                return;
            }
            UiThread.run(() -> OpeningWindow.whenDrawn(() -> open(stage, started)));
        }, "startup");
        startup.setDaemon(true);
        startup.start();
    }

    /** What start-up reads and opens, off the FX thread. */
    /** What start-up read, the context prepared from it, and anything the rep must be told at once (or ""). */
    record Started(AppSettings settings, AppContext.Prepared prepared, String notice, Optional<WindowLayout> layout) {
        Started(AppSettings settings, AppContext.Prepared prepared, String notice) {
            this(settings, prepared, notice, Optional.empty());
        }
    }

    private Started read(List<String> args) {
        AppDirs dirs = AppDirs.current();
        Started started = read(args, dirs, AppContext.keyStore(dirs), environment());
        layoutFile = OpeningWindow.layoutFile(dirs);
        return new Started(started.settings(), started.prepared(), started.notice(), OpeningWindow.layout(dirs));
    }

    /** What start-up reads, from these folders, key store and environment (tests give their own). */
    static Started read(List<String> args, AppDirs dirs, ApiKeyStore keyStore, Map<String, String> environment) {
        AppSettings settings = savedWithTheme(dirs);
        LaunchConfig config = LaunchConfig.resolve(args, withSettingsUrl(environment, settings), keyStore::load);
        Redactor redactor = Redactor.of(config.apiKey());
        Path logFile = AppLogging.install(dirs.logs(), redactor);
        new CrashHandler(redactor, logFile).install();
        return prepared(args, dirs, keyStore, environment, settings, config);
    }

    /** The app prepared from the saved settings and this launch; a saved URL it cannot use is left out, and said. */
    private static Started prepared(List<String> args, AppDirs dirs, ApiKeyStore keyStore, Map<String, String> environment,
                                    AppSettings settings, LaunchConfig config) {
        try {
            return new Started(settings, AppContext.prepare(config, Clock.systemDefaultZone(), dirs, keyStore,
                    UnaryOperator.identity()), "");
        } catch (IllegalArgumentException badUrl) {
            LaunchConfig withoutSaved = LaunchConfig.resolve(args, environment, keyStore::load);
            if (settings.apiUrl().isEmpty() || withoutSaved.apiUrl() != null) {
                throw badUrl;   // the command line or the environment named it: the rep must fix that there
            }
            // No saved setting may lock the rep out: start without the saved URL, and say so.
            return new Started(settings, AppContext.prepare(withoutSaved, Clock.systemDefaultZone(), dirs, keyStore,
                    UnaryOperator.identity()), "The API URL saved in Settings cannot be used (" + badUrl.getMessage()
                    + "), so it was left out this time. Open Settings (the gear) to correct it.");
        }
    }

    private void open(Stage stage, Started started) {
        useTheme(started.settings().darkTheme());
        context = started.prepared().build();
        stage.titleProperty().bind(context.window().titleProperty());
        stage.setScene(context.window().scene());
        LayoutKeeper.apply(stage, context.window(), started.layout(), LayoutKeeper.screens());
        if (instance != null) {
            // A second launch knocks: this window comes to the front, un-minimized.
            instance.onWake(() -> UiThread.run(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
        }
        this.stage = stage;
        context.window().openLinksWith(getHostServices()::showDocument);
        context.setOnReconnect(() -> reconnect(stage));
        context.start();
        context.inbox().warn(started.notice());
        if (!started.notice().isEmpty()) {
            // The one notice start-up gives is a saved setting it could not use: Settings opens on it.
            context.openSettingsToFix();
        }
    }

    /**
     * Settings named another URL, key or team: this window's app is taken down and built again
     * from what was saved, in place and without a restart. Drafts, the journal and the outbox are
     * on disk, so nothing the rep wrote is lost; the layout goes over as it is. A command line's
     * {@code --demo} no longer holds: the rep has just chosen where to connect.
     */
    private void reconnect(Stage stage) {
        AppContext old = context;
        WindowLayout layout = LayoutKeeper.capture(stage, old.window());
        List<String> args = getParameters().getRaw().stream().filter(arg -> !arg.equals("--demo")).toList();
        AppDirs dirs = AppDirs.current();
        Thread again = new Thread(() -> {
            old.close();
            Started started;
            try {
                ApiKeyStore keyStore = AppContext.keyStore(dirs);
                AppSettings settings = savedWithTheme(dirs);
                LaunchConfig config = LaunchConfig.resolve(args, withSettingsUrl(environment(), settings), keyStore::load);
                Started fresh = prepared(args, dirs, keyStore, environment(), settings, config);
                started = new Started(fresh.settings(), fresh.prepared(), fresh.notice(), Optional.of(layout));
            } catch (RuntimeException cannotConnect) {
                UiThread.run(() -> cannotStart("Task Inbox could not connect with the new settings: " + cannotConnect.getMessage()));
                return;
            }
            UiThread.run(() -> open(stage, started));
        }, "reconnect");
        again.setDaemon(true);
        again.start();
    }

    /** Sets the theme unless it is the one shown: setting it again would restyle every node for nothing. */
    private void useTheme(boolean dark) {
        if (shownDark == null || shownDark != dark) {
            Themes.apply(dark);
            shownDark = dark;
        }
    }

    private static void cannotStart(String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR, reason);
        alert.setHeaderText("Task Inbox cannot start");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (context != null && stage != null && layoutFile != null) {
            try {
                LayoutKeeper.capture(stage, context.window()).save(layoutFile);
            } catch (java.io.IOException | RuntimeException cannotKeep) {
                java.util.logging.Logger.getLogger(TaskInboxApp.class.getName())
                        .warning("The window layout could not be kept: " + cannotKeep.getMessage());
            }
        }
        if (context != null) {
            context.close();
        }
    }

    /** The saved settings, "as the desktop" resolved: asked here, off the FX thread, so the window opens in its look. */
    private static AppSettings savedWithTheme(AppDirs dirs) {
        AppSettings saved = new SettingsStore(dirs.config().resolve("settings.properties")).load();
        return saved.systemTheme() ? saved.withDarkTheme(SystemTheme.prefersDark().orElse(saved.darkTheme())) : saved;
    }

    /** The settings file's API URL counts after the command line and the environment. */
    private static Map<String, String> withSettingsUrl(Map<String, String> env, AppSettings settings) {
        if (settings.apiUrl().isEmpty() || env.containsKey(LaunchConfig.ENV_URL)) {
            return env;
        }
        Map<String, String> merged = new HashMap<>(env);
        merged.put(LaunchConfig.ENV_URL, settings.apiUrl());
        return merged;
    }

    private static Map<String, String> environment() {
        return System.getenv();
    }

    public static void main(String[] args) {
        Path data = AppDirs.current().data();
        OpeningWindow.read(AppDirs.current(), List.of(args));
        try {
            instance = SingleInstance.claim(data).orElse(null);
            if (instance == null) {
                // Another one runs: it comes to the front, and this one never shows a window, so two
                // processes never write the same drafts, journal and outbox.
                if (!SingleInstance.wakeTheOther(data)) {
                    java.util.logging.Logger.getLogger(TaskInboxApp.class.getName())
                            .warning("Task Inbox is already running (it holds " + data.resolve("instance.lock") + ").");
                }
                return;
            }
        } catch (java.io.IOException cannotLock) {
            // The lock file itself cannot be made (a read-only folder): better a window than none.
            java.util.logging.Logger.getLogger(TaskInboxApp.class.getName())
                    .warning("Could not make sure only one Task Inbox runs: " + cannotLock.getMessage());
        }
        AppSettings saved = new SettingsStore(AppDirs.current().config().resolve("settings.properties")).load();
        useSavedScale(saved);
        firstThemeDark = saved.darkTheme();
        launch(TaskInboxApp.class, args);
    }

    /**
     * The UI scale chosen in Settings, for JavaFX to draw with: it reads it once, as it starts,
     * hence "from the next start". A scale given on the command line ({@code -Dglass.gtk.uiScale}) wins.
     */
    static void useSavedScale(AppSettings saved) {
        String scale = saved.uiScale();
        if (!scale.isEmpty()) {
            for (String property : new String[] {"glass.gtk.uiScale", "glass.win.uiScale"}) {
                if (System.getProperty(property) == null) {
                    System.setProperty(property, scale);
                }
            }
        }
    }
}

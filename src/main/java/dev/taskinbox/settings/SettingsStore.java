package dev.taskinbox.settings;

import dev.taskinbox.common.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps {@link AppSettings} in a small properties file, written atomically ({@link AtomicFiles})
 * so a crash mid-write never leaves half a file. An unreadable file falls back to the defaults.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    /**
     * A pinned scheme. Not "api.authScheme": earlier versions wrote the scheme they had learned
     * there, which must not come back as a pin (the form learned per URL is {@link WireFormStore}'s).
     */
    private static final String AUTH_SCHEME = "api.pinnedAuthScheme";
    private static final String ENUM_DIALECT = "api.enumDialect";
    private static final String UNDO_SECONDS = "send.undoSeconds";
    private static final String API_URL = "api.url";
    private static final String DARK_THEME = "ui.darkTheme";
    private static final String TEAM_ID = "api.teamId";
    private static final String ACTING_USER = "api.actingUser";
    private static final String WORKING_HOURS = "guard.workingHours";
    private static final String UI_SCALE = "ui.scale";
    private static final String SYSTEM_THEME = "ui.systemTheme";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppSettings.DEFAULTS;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.log(Level.WARNING, "Settings file " + file + " could not be read; using the defaults.", unreadable);
            return AppSettings.DEFAULTS;
        }
        return new AppSettings(properties.getProperty(AUTH_SCHEME), properties.getProperty(ENUM_DIALECT),
                number(properties.getProperty(UNDO_SECONDS), AppSettings.DEFAULT_UNDO_SECONDS),
                properties.getProperty(API_URL), Boolean.parseBoolean(properties.getProperty(DARK_THEME)),
                properties.getProperty(TEAM_ID), properties.getProperty(ACTING_USER), properties.getProperty(WORKING_HOURS),
                properties.getProperty(UI_SCALE), Boolean.parseBoolean(properties.getProperty(SYSTEM_THEME)));
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    public void save(AppSettings settings) {
        Properties properties = new Properties();
        properties.setProperty(AUTH_SCHEME, settings.authScheme());
        properties.setProperty(ENUM_DIALECT, settings.enumDialect());
        properties.setProperty(UNDO_SECONDS, Integer.toString(settings.undoSeconds()));
        properties.setProperty(API_URL, settings.apiUrl());
        properties.setProperty(DARK_THEME, Boolean.toString(settings.darkTheme()));
        properties.setProperty(TEAM_ID, settings.teamId());
        properties.setProperty(ACTING_USER, settings.actingUser());
        properties.setProperty(WORKING_HOURS, settings.workingHours());
        properties.setProperty(UI_SCALE, settings.uiScale());
        properties.setProperty(SYSTEM_THEME, Boolean.toString(settings.systemTheme()));
        try {
            AtomicFiles.writeProperties(file, properties, "Task Inbox settings");
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException("Settings could not be saved to " + file, cannotWrite);
        }
    }
}

package dev.taskinbox.settings;

import java.util.Objects;

/**
 * What the app remembers between runs. Never the API key: that lives in the key store.
 *
 * @param authScheme   the auth scheme that worked last ("X_API_KEY" or "BEARER"), or "" to start with the seed's
 * @param enumDialect  a pinned wire dialect ("INTEGERS" or "STRINGS"), or "" to learn it from the server
 * @param undoSeconds  how long a send waits for Undo before it leaves, 0 to 30
 * @param apiUrl       the API root, or "" for Reply's own
 * @param darkTheme    dark instead of light
 */
public record AppSettings(String authScheme, String enumDialect, int undoSeconds, String apiUrl, boolean darkTheme) {
    public static final int DEFAULT_UNDO_SECONDS = 5;
    public static final AppSettings DEFAULTS = new AppSettings("", "", DEFAULT_UNDO_SECONDS, "", false);

    public AppSettings {
        authScheme = Objects.requireNonNullElse(authScheme, "").strip();
        enumDialect = Objects.requireNonNullElse(enumDialect, "").strip();
        undoSeconds = Math.max(0, Math.min(30, undoSeconds));
        apiUrl = Objects.requireNonNullElse(apiUrl, "").strip();
    }

    public AppSettings(String authScheme, String enumDialect) {
        this(authScheme, enumDialect, DEFAULT_UNDO_SECONDS, "", false);
    }

    public AppSettings withAuthScheme(String value) {
        return new AppSettings(value, enumDialect, undoSeconds, apiUrl, darkTheme);
    }

    public AppSettings withEnumDialect(String value) {
        return new AppSettings(authScheme, value, undoSeconds, apiUrl, darkTheme);
    }
}

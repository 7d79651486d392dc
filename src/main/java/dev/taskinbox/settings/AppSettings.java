package dev.taskinbox.settings;

import java.util.Objects;

/**
 * What the app remembers between runs. Never the API key: that lives in the key store.
 *
 * @param authScheme   the auth scheme that worked last ("X_API_KEY" or "BEARER"), or "" to start with the seed's
 * @param enumDialect  a pinned wire dialect ("INTEGERS" or "STRINGS"), or "" to learn it from the server
 */
public record AppSettings(String authScheme, String enumDialect) {
    public static final AppSettings DEFAULTS = new AppSettings("", "");

    public AppSettings {
        authScheme = Objects.requireNonNullElse(authScheme, "").strip();
        enumDialect = Objects.requireNonNullElse(enumDialect, "").strip();
    }

    public AppSettings withAuthScheme(String value) {
        return new AppSettings(value, enumDialect);
    }

    public AppSettings withEnumDialect(String value) {
        return new AppSettings(authScheme, value);
    }
}

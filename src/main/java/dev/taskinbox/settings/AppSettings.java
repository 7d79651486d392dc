package dev.taskinbox.settings;

import java.util.Objects;

/**
 * What the app remembers between runs. Never the API key: that lives in the key store.
 *
 * @param authScheme   a pinned auth scheme ("X_API_KEY" or "BEARER"), or "" to negotiate it with the server
 * @param enumDialect  a pinned wire dialect ("INTEGERS" or "STRINGS"), or "" to negotiate it
 * @param undoSeconds  how long a send waits for Undo before it leaves, 0 to 30
 * @param apiUrl       the API root, or "" for Reply's own
 * @param darkTheme    dark instead of light
 * @param teamId       sent as {@code X-TEAM-ID} when the key reaches several teams, or ""
 * @param actingUser   for master and organization keys: a Reply user id or email to act as, or ""
 * @param workingHours the prospects' working hours as {@code WorkingHours.parse} reads them ("08:00-18:00 Mon-Fri"), or "" for that default
 * @param uiScale      how much larger the window is drawn ("1.5"), or "" for the desktop's own (Linux has no fractional scaling)
 * @param systemTheme  light or dark as the desktop says (where it says; {@code darkTheme} otherwise)
 */
public record AppSettings(String authScheme, String enumDialect, int undoSeconds, String apiUrl, boolean darkTheme,
                          String teamId, String actingUser, String workingHours, String uiScale, boolean systemTheme) {
    /** The scales offered: a value of {@link #uiScale} and how the rep reads it. */
    public static final java.util.List<String[]> UI_SCALES = java.util.List.of(new String[] {"", "Automatic"},
            new String[] {"1.0", "100%"}, new String[] {"1.25", "125%"}, new String[] {"1.5", "150%"},
            new String[] {"1.75", "175%"}, new String[] {"2.0", "200%"});
    public static final int DEFAULT_UNDO_SECONDS = 5;
    public static final AppSettings DEFAULTS = new AppSettings("", "", DEFAULT_UNDO_SECONDS, "", false, "", "", "");

    public AppSettings {
        authScheme = Objects.requireNonNullElse(authScheme, "").strip();
        enumDialect = Objects.requireNonNullElse(enumDialect, "").strip();
        undoSeconds = Math.max(0, Math.min(30, undoSeconds));
        apiUrl = Objects.requireNonNullElse(apiUrl, "").strip();
        teamId = Objects.requireNonNullElse(teamId, "").strip();
        actingUser = Objects.requireNonNullElse(actingUser, "").strip();
        workingHours = Objects.requireNonNullElse(workingHours, "").strip();
        String scale = Objects.requireNonNullElse(uiScale, "").strip();
        // Only a scale the app offers is kept: a hand-edited "40" must not draw a window nobody can use.
        uiScale = UI_SCALES.stream().anyMatch(offered -> offered[0].equals(scale)) ? scale : "";
    }

    public AppSettings(String authScheme, String enumDialect, int undoSeconds, String apiUrl, boolean darkTheme,
                       String teamId, String actingUser, String workingHours, String uiScale) {
        this(authScheme, enumDialect, undoSeconds, apiUrl, darkTheme, teamId, actingUser, workingHours, uiScale, false);
    }

    public AppSettings(String authScheme, String enumDialect, int undoSeconds, String apiUrl, boolean darkTheme,
                       String teamId, String actingUser, String workingHours) {
        this(authScheme, enumDialect, undoSeconds, apiUrl, darkTheme, teamId, actingUser, workingHours, "");
    }

    public AppSettings(String authScheme, String enumDialect, int undoSeconds, String apiUrl, boolean darkTheme,
                       String teamId, String actingUser) {
        this(authScheme, enumDialect, undoSeconds, apiUrl, darkTheme, teamId, actingUser, "");
    }

    public AppSettings(String authScheme, String enumDialect, int undoSeconds, String apiUrl, boolean darkTheme) {
        this(authScheme, enumDialect, undoSeconds, apiUrl, darkTheme, "", "");
    }

    public AppSettings(String authScheme, String enumDialect) {
        this(authScheme, enumDialect, DEFAULT_UNDO_SECONDS, "", false);
    }

    public AppSettings withEnumDialect(String value) {
        return new AppSettings(authScheme, value, undoSeconds, apiUrl, darkTheme, teamId, actingUser, workingHours, uiScale, systemTheme);
    }

    public AppSettings withTeam(String team, String user) {
        return new AppSettings(authScheme, enumDialect, undoSeconds, apiUrl, darkTheme, team, user, workingHours, uiScale, systemTheme);
    }

    /** The theme resolved: dark or light as decided (the desktop's answer in place of "as the desktop"). */
    public AppSettings withDarkTheme(boolean value) {
        return new AppSettings(authScheme, enumDialect, undoSeconds, apiUrl, value, teamId, actingUser, workingHours, uiScale, systemTheme);
    }

    public AppSettings withWorkingHours(String value) {
        return new AppSettings(authScheme, enumDialect, undoSeconds, apiUrl, darkTheme, teamId, actingUser, value, uiScale, systemTheme);
    }
}

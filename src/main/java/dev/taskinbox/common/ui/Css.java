package dev.taskinbox.common.ui;

import java.net.URL;
import java.util.Objects;

/**
 * Style classes every screen shares (styled in css/app.css), and where a feature's own sheet is.
 * Each feature keeps its classes as constants beside its views (AppStyles, InboxStyles,
 * PreviewStyles) and its rules in its own sheet under its root class.
 */
public final class Css {
    /** A calm line standing in for content that is not there (nothing selected, nothing to do). */
    public static final String PLACEHOLDER = "placeholder";
    /** A quiet explanation under a field. */
    public static final String FIELD_NOTE = "field-note";
    /** What is wrong with a field (the server's words or a check's). */
    public static final String FIELD_ERROR = "field-error";
    /** What may go but deserves a word. */
    public static final String FIELD_WARNING = "field-warning";
    public static final String TASK_TYPE_ICON = "task-type-icon";

    private Css() {
    }

    /** The URL of {@code css/<name>.css} on the class path, for a node's or a scene's stylesheets. */
    public static String sheet(String name) {
        URL url = Css.class.getResource("/css/" + name + ".css");
        return Objects.requireNonNull(url, "css/" + name + ".css is missing").toExternalForm();
    }
}

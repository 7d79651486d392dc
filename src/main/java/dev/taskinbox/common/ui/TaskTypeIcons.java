package dev.taskinbox.common.ui;

import dev.taskinbox.task.TaskType;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One icon per task type, the same in the list and the preview. */
public final class TaskTypeIcons {
    private TaskTypeIcons() {
    }

    public static FontIcon of(TaskType type) {
        FontIcon icon = new FontIcon(ikon(type));
        icon.getStyleClass().add(Css.TASK_TYPE_ICON);
        return icon;
    }

    /** Points an existing icon at the type's glyph (a list cell keeps one icon rather than make one per row). */
    public static void show(FontIcon icon, TaskType type) {
        icon.setIconCode(ikon(type));
    }

    private static Ikon ikon(TaskType type) {
        return switch (type) {
            case MANUAL_EMAIL -> Material2AL.EMAIL;
            case SMS -> Material2MZ.SMS;
            case CALL -> Material2AL.CALL;
            case LINKED_IN -> Material2MZ.WORK;
            case WHATSAPP -> Material2AL.CHAT;
            case MEETING -> Material2AL.EVENT;
            case TO_DO -> Material2AL.CHECK_BOX;
            case UNKNOWN -> Material2AL.HELP_OUTLINE;
        };
    }
}

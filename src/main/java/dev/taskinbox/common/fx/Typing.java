package dev.taskinbox.common.fx;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/** Whether the rep is typing: the focus is in an editable text field, text area or the rich email editor. */
public final class Typing {
    private Typing() {
    }

    public static boolean into(Node focused) {
        return focused instanceof TextInputControl field && field.isEditable()
                || focused instanceof GenericStyledArea<?, ?, ?> area && area.isEditable();
    }
}

package dev.taskinbox.common.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/**
 * A dialog that shows all its words: JavaFX sizes an alert's buttons alike and its text to the
 * pane's smallest height, so a long button or message is cut to "...". Call once its buttons are set.
 */
public final class WholeWords {
    private WholeWords() {
    }

    public static <T extends Dialog<?>> T in(T dialog) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            Node button = dialog.getDialogPane().lookupButton(type);
            ButtonBar.setButtonUniformSize(button, false);
            ((Region) button).setMinWidth(Region.USE_PREF_SIZE);
        }
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return dialog;
    }
}

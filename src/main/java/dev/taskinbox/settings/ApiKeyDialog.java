package dev.taskinbox.settings;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the Reply API key when Reply refused the one in use. The key is typed into a masked
 * field and handed back; this class neither stores nor shows it.
 */
public final class ApiKeyDialog {
    private final Dialog<String> dialog = new Dialog<>();
    private final PasswordField key = new PasswordField();

    public ApiKeyDialog(Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Reply API key");
        dialog.setHeaderText("Reply did not accept the API key");
        Label explanation = new Label("Your sends and reads are paused, nothing is lost. Paste your key from Reply "
                + "(Settings → API Key) to carry on. It is stored privately, never in the settings file.");
        explanation.setWrapText(true);
        explanation.setMaxWidth(420);
        key.setId("api-key-field");
        key.setPromptText("API key");
        key.setAccessibleText("Reply API key");
        dialog.getDialogPane().setContent(new VBox(10, explanation, key));
        ButtonType use = new ButtonType("Use this key", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(use, later);
        dialog.getDialogPane().lookupButton(use).setId("api-key-use");
        dialog.getDialogPane().lookupButton(later).setId("api-key-later");
        dialog.getDialogPane().lookupButton(use).disableProperty().bind(key.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == use ? key.getText().strip() : null);
        dialog.setOnShown(event -> key.requestFocus());
    }

    /** Shows the dialog and waits for the rep (a nested event loop: the window stays painted). */
    public Optional<String> ask() {
        return dialog.showAndWait().filter(text -> !text.isBlank());
    }
}

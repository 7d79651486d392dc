package dev.taskinbox.compose;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Ctrl+K in the email editor: the link's address, web or mail only; left empty, the link goes. */
final class LinkDialog {
    private LinkDialog() {
    }

    /** The address chosen ("" to remove the link), or empty when the rep cancelled. */
    static Optional<String> ask(Window owner, String current) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Link");
        dialog.setHeaderText("Link to");
        TextField address = new TextField(current == null ? "" : current);
        address.setId("link-address");
        address.setPromptText("https://… or mailto:…");
        address.setPrefColumnCount(36);
        Label note = new Label("A web (https://) or mail (mailto:) address. Leave it empty to remove the link.");
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, address, note));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !address.getText().isBlank() && SafeLinks.allowed(address.getText()) == null, address.textProperty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? address.getText().strip() : null);
        dialog.setOnShown(shown -> address.requestFocus());
        return dialog.showAndWait();
    }
}

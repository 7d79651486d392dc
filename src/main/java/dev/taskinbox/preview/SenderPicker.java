package dev.taskinbox.preview;

import dev.taskinbox.task.EmailAccount;
import javafx.scene.control.ComboBox;

/** The From picker: the rep's connected accounts, the chosen one's address shown whole. */
final class SenderPicker extends ComboBox<EmailAccount> {

    SenderPicker(PreviewViewModel viewModel) {
        setId("preview-account");
        setAccessibleText("Send from");
        setItems(viewModel.senders().connected());
        valueProperty().bindBidirectional(viewModel.editor().accountProperty());
        setCellFactory(list -> new AccountCell(false));
        setButtonCell(new AccountCell(true));
        setMaxWidth(Double.MAX_VALUE);
        disableProperty().bind(viewModel.gate().accountPickableProperty().not());
        // A sequence email goes from the sequence's mailbox: an empty picker there would only puzzle.
        visibleProperty().bind(viewModel.gate().accountPickableProperty());
        managedProperty().bind(visibleProperty());
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.task.EmailAccount;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

/** The From picker: the rep's connected accounts, the chosen one's address shown whole. */
final class SenderPicker extends ComboBox<EmailAccount> {

    SenderPicker(PreviewViewModel viewModel) {
        setId("preview-account");
        setAccessibleText("Send from");
        setItems(viewModel.senders().connected());
        valueProperty().bindBidirectional(viewModel.editor().accountProperty());
        SentToday sentToday = viewModel.senders().sentToday();
        setCellFactory(list -> new AccountCell(false, sentToday));
        setButtonCell(new AccountCell(true, sentToday));
        Tooltip left = new Tooltip();
        setTooltip(left);
        // Read as the tooltip opens: the count moves with every send.
        left.setOnShowing(event -> left.setText(getValue() == null ? "The account the email goes from"
                : getValue().email() + (sentToday.words(getValue()).isEmpty() ? "" : ": " + sentToday.words(getValue()))));
        setMaxWidth(Double.MAX_VALUE);
        disableProperty().bind(viewModel.gate().accountPickableProperty().not());
        // A sequence email goes from the sequence's mailbox: an empty picker there would only puzzle.
        visibleProperty().bind(viewModel.gate().accountPickableProperty());
        managedProperty().bind(visibleProperty());
    }
}

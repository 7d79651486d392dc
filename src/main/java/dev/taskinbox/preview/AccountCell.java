package dev.taskinbox.preview;

import dev.taskinbox.task.EmailAccount;
import javafx.scene.control.ListCell;

/** In the list, the sender's name and address; on the closed picker the address alone, which must not be cut. */
final class AccountCell extends ListCell<EmailAccount> {
    private final boolean addressOnly;

    AccountCell(boolean addressOnly) {
        this.addressOnly = addressOnly;
    }

    @Override
    protected void updateItem(EmailAccount item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            return;
        }
        setText((addressOnly ? item.email() : item.displayName()) + (item.isDefault() ? "  (default)" : ""));
    }
}

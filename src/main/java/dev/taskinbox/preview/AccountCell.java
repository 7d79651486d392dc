package dev.taskinbox.preview;

import dev.taskinbox.task.EmailAccount;
import javafx.scene.control.ListCell;

/** In the list, the sender's name and address; on the closed picker the address alone, which must not be cut. */
final class AccountCell extends ListCell<EmailAccount> {
    private final boolean addressOnly;
    private final SentToday sentToday;

    AccountCell(boolean addressOnly, SentToday sentToday) {
        this.addressOnly = addressOnly;
        this.sentToday = sentToday;
    }

    @Override
    protected void updateItem(EmailAccount item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            return;
        }
        // The open list has room for the estimate; the closed picker shows it in its tooltip instead.
        String left = sentToday.words(item);
        setText((addressOnly ? item.email() : item.displayName()) + (item.isDefault() ? "  (default)" : "")
                + (addressOnly || left.isEmpty() ? "" : " · " + left));
    }
}

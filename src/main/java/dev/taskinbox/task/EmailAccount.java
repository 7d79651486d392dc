package dev.taskinbox.task;

/** A mailbox the rep can send from. */
public record EmailAccount(long id, String email, String senderName, boolean isDefault, boolean connected) {

    /** "Sam Seller <sam@example.com>", or just the address when there is no sender name. */
    public String displayName() {
        return senderName == null || senderName.isBlank() ? email : senderName + " <" + email + ">";
    }
}

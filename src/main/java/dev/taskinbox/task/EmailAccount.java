package dev.taskinbox.task;

/** A mailbox the rep can send from. */
/**
 * One of the rep's mailboxes. {@code dailyLimit} is Reply's cap per day (null when not given);
 * {@code sendingProblem} says why it cannot send although connected (locked by its provider, a
 * sending error), or null.
 */
public record EmailAccount(long id, String email, String senderName, boolean isDefault, boolean connected,
                           Integer dailyLimit, String sendingProblem) {

    public EmailAccount(long id, String email, String senderName, boolean isDefault, boolean connected) {
        this(id, email, senderName, isDefault, connected, null, null);
    }

    /** Whether mail can go from it now. */
    public boolean canSend() {
        return connected && sendingProblem == null;
    }

    /** "is disconnected", "cannot send: its provider has locked sending": why not, for a sentence naming it. */
    public String whyNot() {
        return !connected ? "is disconnected" : sendingProblem == null ? "can send" : "cannot send: " + sendingProblem;
    }

    /** "Sam Seller <sam@example.com>", or just the address when there is no sender name. */
    public String displayName() {
        return senderName == null || senderName.isBlank() ? email : senderName + " <" + email + ">";
    }
}

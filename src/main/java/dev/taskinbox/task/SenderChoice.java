package dev.taskinbox.task;

import java.util.List;
import java.util.Optional;

/**
 * The mailbox a manual email outside a sequence goes from, decided so that the sender the rep sees
 * is the sender Reply uses. Reply sends {@code {}} from the rep's default account (reply-api-v3-tasks.md
 * §3.5), so an explicit {@code emailAccountId} goes whenever the shown account is not that default,
 * above all when the default is disconnected and another account stands in for it.
 *
 * @param shown   the account named in the preview and the pre-flight, or null when the accounts are not known
 * @param problem why nothing can be sent from here, or null
 */
public record SenderChoice(EmailAccount shown, Long pickedWhileUnknown, String problem) {
    /** What the preview says when the accounts could not be read: Reply's default is used, as {@code {}} does. */
    public static final String DEFAULT_UNREAD = "Your default account in Reply";

    /**
     * @param accounts the rep's accounts ({@code my=true}, connected or not), or empty when they could not be read
     * @param picked   the account the rep chose for this task, or null
     */
    public static SenderChoice resolve(Optional<List<EmailAccount>> accounts, Long picked) {
        if (accounts.isEmpty()) {
            // Nothing known: the rep's earlier pick still goes, else Reply's default, which {} serves as well.
            return new SenderChoice(null, picked, null);
        }
        List<EmailAccount> all = accounts.get();
        if (picked != null) {
            Optional<EmailAccount> chosen = all.stream().filter(a -> a.id() == picked).findFirst();
            if (chosen.isPresent()) {
                return chosen.get().canSend() ? new SenderChoice(chosen.get(), null, null)
                        : new SenderChoice(chosen.get(), null, "The account " + chosen.get().email()
                                + " " + chosen.get().whyNot() + "; pick another.");
            }
        }
        Optional<EmailAccount> standard = all.stream().filter(EmailAccount::isDefault).findFirst();
        if (standard.isPresent() && standard.get().canSend()) {
            return new SenderChoice(standard.get(), null, null);
        }
        Optional<EmailAccount> standIn = all.stream().filter(EmailAccount::canSend).findFirst();
        if (standIn.isPresent()) {
            return new SenderChoice(standIn.get(), null, null);
        }
        return new SenderChoice(null, null, standard
                .map(a -> "Your default account " + a.email() + " " + a.whyNot() + " and no other can send."
                        + (a.connected() ? " Look at it in Reply." : " Reconnect it in Reply."))
                .orElse("No connected email account to send from. Connect one in Reply."));
    }

    /**
     * The {@code emailAccountId} for the execute body, or null for {@code {}}: the shown account
     * whenever it is not the default (or the text was edited, when naming it costs nothing).
     */
    public Long emailAccountId(boolean textEdited) {
        if (shown == null) {
            return pickedWhileUnknown;
        }
        return textEdited || !shown.isDefault() ? shown.id() : null;
    }

    /** "Sam Seller <sam@…>", or the words for Reply's default when the accounts are not known. */
    public String senderName() {
        return shown == null ? DEFAULT_UNREAD : shown.email();
    }
}

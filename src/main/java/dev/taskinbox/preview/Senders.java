package dev.taskinbox.preview;

import dev.taskinbox.common.fx.Delays;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.SenderChoice;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rep's mailboxes, and what an execute body says about them (see {@link SenderChoice}). A
 * failed read is tried again later (when given a scheduler) and never blocks a send: until the
 * accounts are known, emails go as {@code {}}, from Reply's default. Lives on the FX thread.
 */
public final class Senders {
    /** Failed account reads are tried again after these pauses (each one request within the budget). */
    private static final Duration[] RETRY_PAUSES = {
        Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
    };

    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final ObservableList<EmailAccount> connected = FXCollections.observableArrayList();
    private final SimpleBooleanProperty known = new SimpleBooleanProperty();
    /** All the rep's mailboxes, connected or not, once read: the default may be among the disconnected. */
    private Optional<List<EmailAccount>> accounts = Optional.empty();
    private final Runnable onRead;
    private Delays retries;
    private int tries;
    private final SentToday sentToday = new SentToday(java.time.Clock.systemDefaultZone());

    /** {@code onRead} runs each time the accounts are known (the shown task's sender is chosen again). */
    Senders(TaskGateway gateway, TaskRunner runner, Runnable onRead) {
        this.gateway = gateway;
        this.runner = runner;
        this.onRead = onRead;
    }

    /**
     * Reads the rep's email accounts; the one Reply would send from is preselected. A failed read
     * never blocks a send, and is tried again when a scheduler was given ({@link #retryWith}).
     */
    public void load() {
        runner.run("email accounts", gateway::myEmailAccounts, list -> {
            accounts = Optional.of(List.copyOf(list));
            connected.setAll(list.stream().filter(EmailAccount::canSend).toList());
            known.set(true);
            onRead.run();
        }, failure -> {
            // A key without the scope will not gain it by asking again; anything else may pass.
            boolean forbidden = failure instanceof GatewayException refused && refused.kind() == GatewayException.Kind.FORBIDDEN;
            if (retries != null && !forbidden && tries < RETRY_PAUSES.length) {
                retries.after(RETRY_PAUSES[tries++], this::load);
            }
        });
    }

    /** Lets failed account reads be tried again on this scheduler. */
    public void retryWith(Delays scheduler) {
        this.retries = scheduler;
    }

    /** This app's count of today's emails per mailbox, and what is left of each one's daily limit. */
    public SentToday sentToday() {
        return sentToday;
    }

    /** The rep's accounts as last read (connected or not), or empty before they are known. */
    public Optional<List<EmailAccount>> all() {
        return accounts;
    }

    /** The accounts the picker offers: those that can send (connected, not locked), since another cannot. */
    public ObservableList<EmailAccount> connected() {
        return connected;
    }

    ReadOnlyBooleanProperty knownProperty() {
        return known;
    }

    /** Which account goes when the rep picked {@code picked} (or nothing). */
    SenderChoice choose(Long picked) {
        return SenderChoice.resolve(accounts, picked);
    }

    SenderChoice forDraft(Draft draft) {
        return choose(draft == null ? null : draft.emailAccountId());
    }

    /** Whether the rep picks the sender: manual emails outside a sequence (a sequence decides its own). */
    static boolean pickable(TaskDetail task) {
        return task.type() == TaskType.MANUAL_EMAIL && !task.fromSequence();
    }

    /**
     * The execute body for a task: {@code {}} when untouched and Reply's default is the sender shown,
     * else the edited text and the sender shown, named.
     */
    public SendRequest requestFor(TaskDetail task, Draft draft) {
        boolean textEdited = draft != null && (!draft.subject().equals(task.message().subject())
                || !draft.body().equals(task.message().body()));
        MessageContent content = textEdited ? new MessageContent(draft.subject(), draft.body()) : null;
        Long accountId = pickable(task) ? forDraft(draft).emailAccountId(textEdited) : null;
        return content == null && accountId == null ? SendRequest.AS_IS : new SendRequest(content, accountId);
    }
}

package dev.taskinbox.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's whole view of Reply. Every method blocks on I/O (and on the request budget), so
 * callers run it off the FX thread. Failures are thrown as {@link GatewayException}, already
 * classified; a call interrupted while it waits for the budget fails as {@code CANCELLED}.
 */
public interface TaskGateway {

    CurrentUser currentUser();

    /** One page of the user's New tasks, {@code skip} rows in. */
    TaskPage pendingTasks(long assignedUserId, int skip, int top);

    /** The task with its content rendered against the contact, read in the {@link Priority#PREVIEW} lane. */
    default TaskDetail task(long taskId) {
        return task(taskId, Priority.PREVIEW);
    }

    /** The task with its content rendered, read in the given lane (e.g. {@link Priority#PREFETCH}). */
    TaskDetail task(long taskId, Priority priority);

    /** Sends the email or SMS (not idempotent: never call it twice for one rep action). */
    TaskDetail execute(long taskId, SendRequest request);

    /** Marks a task done without sending anything. */
    default TaskDetail complete(long taskId) {
        return complete(taskId, Completion.PLAIN);
    }

    /** Marks a task done; for a call, {@code outcome} (may be null) says how it went. */
    default TaskDetail complete(long taskId, CallOutcome outcome) {
        return complete(taskId, Completion.of(outcome));
    }

    /** Marks a task done as {@code completion} says (a call's outcome; the prospect finished in the sequence too). */
    TaskDetail complete(long taskId, Completion completion);

    /**
     * Completes many tasks at once (Reply takes 100 a call; larger sets are split).
     *
     * @return the tasks that were not completed, with the reason, in plain words; empty when all were
     */
    Map<Long, String> completeAll(Collection<Long> taskIds);

    /** Moves a New task to new start and due times; Reply replaces the whole task, so all of it is sent back. */
    TaskDetail reschedule(long taskId, Instant startAt, Instant dueTo);

    /** Hands a task to another user. */
    TaskDetail reassign(long taskId, long userId);

    /**
     * Hands many tasks to another user (Reply takes 100 a call; larger sets are split).
     *
     * @return the tasks that were not handed over, with the reason; empty when all were
     */
    Map<Long, String> reassignAll(Collection<Long> taskIds, long userId);

    /** Creates a task of the rep's (not idempotent: one rep action, one call; never repeated after an unclear answer). */
    TaskDetail create(NewTask task);

    /** The rep's teammates, the rep among them, whom tasks can be handed to. */
    List<TeamUser> teamUsers();

    /** The rep's LinkedIn accounts with today's usage; empty where Reply does not offer them. */
    default List<LinkedInAccount> linkedInAccounts() {
        return List.of();
    }

    /** The email templates Reply keeps for the rep; empty where Reply does not offer them. */
    default List<EmailTemplate> emailTemplates() {
        return List.of();
    }

    /** The rep's own email accounts. */
    List<EmailAccount> myEmailAccounts();

    /** Sequence names by id, for the sequence filter; empty when Reply does not offer the list. */
    default Map<Long, String> sequenceNames() {
        return Map.of();
    }

    /** The contact, or empty when Reply does not have (or does not offer) it. */
    Optional<Contact> contact(long contactId);

    /**
     * Whether the prospect opted out, replied or bounced: read before anything is sent to them.
     * Falls back to the contact record (opted out only) where Reply does not offer the statuses.
     */
    ContactStanding contactStanding(long contactId);

    /** Drops reads-ahead still waiting for their turn (the rep has moved on); they fail as cancelled. */
    default void dropQueuedPrefetches() {
    }

    /** How busy the request budget is right now. */
    BudgetState budgetState();
}

package dev.taskinbox.task;

import java.util.List;

/**
 * The app's whole view of Reply. Every method blocks on I/O, so callers run it off the FX thread.
 * Failures are thrown as {@link GatewayException}, already classified.
 */
public interface TaskGateway {

    CurrentUser currentUser();

    /** One page of the user's New tasks, {@code skip} rows in. */
    TaskPage pendingTasks(long assignedUserId, int skip, int top);

    /** The task with its content rendered against the contact. */
    TaskDetail task(long taskId);

    /** Sends the email or SMS (not idempotent: never call it twice for one rep action). */
    TaskDetail execute(long taskId, SendRequest request);

    /** Marks a task done without sending anything. */
    TaskDetail complete(long taskId);

    /** The rep's own email accounts. */
    List<EmailAccount> myEmailAccounts();
}

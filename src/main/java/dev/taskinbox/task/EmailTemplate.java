package dev.taskinbox.task;

/** One of the rep's (or the team's) email templates in Reply, offered read only beside the rep's snippets. */
public record EmailTemplate(long id, String name, String subject, String body) {
}

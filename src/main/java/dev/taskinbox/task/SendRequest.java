package dev.taskinbox.task;

/**
 * What to send with an execute. A null {@code content} lets the server render the stored template;
 * a null {@code emailAccountId} lets it use the rep's default account.
 */
public record SendRequest(MessageContent content, Long emailAccountId) {
    public static final SendRequest AS_IS = new SendRequest(null, null);

    public boolean isAsIs() {
        return content == null && emailAccountId == null;
    }
}

package dev.taskinbox.task;

/** Who the API key belongs to; {@code name} may be empty (the server does not always say). */
public record CurrentUser(long userId, String name) {
}

package dev.taskinbox.demo;

/** What the demo server "sent" for one execute: the record tests and the demo log read. */
public record SentMessage(long taskId, Long emailAccountId, String subject, String body) {
}

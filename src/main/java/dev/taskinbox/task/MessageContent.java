package dev.taskinbox.task;

import java.util.Objects;

/** A subject and a body; the subject is empty for channels that have none (SMS, LinkedIn...). */
public record MessageContent(String subject, String body) {
    public static final MessageContent EMPTY = new MessageContent("", "");

    public MessageContent {
        subject = Objects.requireNonNullElse(subject, "");
        body = Objects.requireNonNullElse(body, "");
    }
}

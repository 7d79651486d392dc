package dev.taskinbox.outbox;

import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskType;
import java.time.Instant;
import java.util.Objects;

/**
 * A send the rep asked to go later: the task, when, and exactly what is to go (the text and sender
 * as they were when it was held). {@code zone} is the prospect's zone the time was picked in, or empty.
 */
public record HeldSend(long taskId, String who, TaskType type, Instant sendAt, String zone, SendRequest request) {
    public HeldSend {
        Objects.requireNonNull(sendAt, "sendAt");
        who = Objects.requireNonNullElse(who, "");
        zone = Objects.requireNonNullElse(zone, "");
        type = Objects.requireNonNullElse(type, TaskType.UNKNOWN);
        request = Objects.requireNonNullElse(request, SendRequest.AS_IS);
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.task.TaskDetail;
import java.util.Optional;

/** What the rep takes out of the app by hand: a link to open the target, the message as text. */
public final class TaskLinks {
    private TaskLinks() {
    }

    /** The task's target as a link: the LinkedIn profile, mailto: or tel:. */
    public static Optional<String> linkTo(TaskDetail task) {
        if (task == null) {
            return Optional.empty();
        }
        return task.target().addressFor(task.type()).map(address -> switch (task.type()) {
            case MANUAL_EMAIL -> "mailto:" + address;
            case SMS, CALL, WHATSAPP -> "tel:" + address.replaceAll("[^+0-9]", "");
            default -> address;
        });
    }

    /** The message as the prospect reads it, as plain text (for pasting into LinkedIn or WhatsApp). */
    static String plainText(String subject, String body) {
        String text = HtmlText.toPlainText(body);
        return subject.isBlank() ? text : subject + "\n\n" + text;
    }
}

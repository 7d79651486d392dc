package dev.taskinbox.preview;

import dev.taskinbox.common.ui.DueText;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The few words above every preview: who, from which sequence and step, when, and any flags. */
final class TaskContext {

    private TaskContext() {
    }

    /** "Ann Lee · Q4 outreach · Step 2": the parts that are known, joined. */
    static String who(TaskSummary summary, TaskDetail task, Map<Long, String> sequenceNames) {
        List<String> parts = new ArrayList<>();
        if (summary != null && summary.id() == task.id() && !summary.contactName().isBlank()) {
            parts.add(summary.contactName());
        }
        if (task.sequenceId() != null) {
            parts.add(sequenceNames.getOrDefault(task.sequenceId(), "Sequence " + task.sequenceId()));
        }
        if (!task.stepName().isBlank()) {
            parts.add(task.stepName());
        }
        return String.join(" · ", parts);
    }

    /** "Due Mon 30 Nov, 10:00 · starts 09:00" in the rep's zone. */
    static String when(TaskDetail task, ZoneId zone) {
        if (task.dueTo() == null) {
            return task.startAt() == null ? "—" : "Starts " + format(task.startAt(), zone);
        }
        String due = format(task.dueTo(), zone);
        if (task.startAt() == null || !task.startAt().isBefore(task.dueTo())) {
            return due;
        }
        boolean sameDay = task.startAt().atZone(zone).toLocalDate().equals(task.dueTo().atZone(zone).toLocalDate());
        return due + " · starts " + (sameDay ? DateTimeFormatter.ofPattern("HH:mm").format(task.startAt().atZone(zone))
                : format(task.startAt(), zone));
    }

    /** Scheduled and failed, in words a rep reads at a glance; empty when neither. */
    static String flags(TaskDetail task) {
        List<String> flags = new ArrayList<>();
        if (task.scheduled()) {
            flags.add("Scheduled");
        }
        if (task.failed()) {
            flags.add("Failed before: check the target and the text, then try again");
        }
        return String.join(" · ", flags);
    }

    private static String format(Instant instant, ZoneId zone) {
        return DueText.absolute(instant, zone);
    }
}

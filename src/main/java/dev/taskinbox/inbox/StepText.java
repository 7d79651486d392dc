package dev.taskinbox.inbox;

import dev.taskinbox.task.TaskSummary;
import java.util.Locale;
import java.util.Map;

/**
 * What the Step column says: the step's name without the type the Type column already shows
 * ("Step 4 - Meeting" on a meeting reads "Step 4"), else the sequence's name, else nothing
 * (a task outside any sequence).
 */
final class StepText {
    private StepText() {
    }

    static String of(TaskRow row, Map<Long, String> sequenceNames) {
        return of(row.summary(), row.stepNameProperty().get(), sequenceNames);
    }

    /** The same for a task and its step's name (null when not known yet). */
    static String of(TaskSummary task, String stepName, Map<Long, String> sequenceNames) {
        String step = stepName == null ? "" : stepName.strip();
        if (!step.isEmpty()) {
            String suffix = " - " + task.type().label();
            return step.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT)) && step.length() > suffix.length()
                    ? step.substring(0, step.length() - suffix.length()) : step;
        }
        Long sequence = task.sequenceId();
        return sequence == null ? "" : sequenceNames.getOrDefault(sequence, "Sequence " + sequence);
    }
}

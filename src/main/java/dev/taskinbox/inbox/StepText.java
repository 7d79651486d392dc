package dev.taskinbox.inbox;

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
        String step = row.stepNameProperty().get() == null ? "" : row.stepNameProperty().get().strip();
        if (!step.isEmpty()) {
            String suffix = " - " + row.summary().type().label();
            return step.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT)) && step.length() > suffix.length()
                    ? step.substring(0, step.length() - suffix.length()) : step;
        }
        Long sequence = row.summary().sequenceId();
        return sequence == null ? "" : sequenceNames.getOrDefault(sequence, "Sequence " + sequence);
    }
}

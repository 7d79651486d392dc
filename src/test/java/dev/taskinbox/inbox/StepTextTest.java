package dev.taskinbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Step column names the step without repeating the type, else the sequence by its name. */
class StepTextTest {
    private static TaskRow row(TaskType type, Long sequence, String step) {
        TaskRow row = new TaskRow(new TaskSummary(1, type, TaskStatus.NEW, null, "Ann", null, null, null, sequence, false));
        row.setStepName(step);
        return row;
    }

    @Test
    void theStepWithoutTheTypeTheTypeColumnShows() {
        assertThat(StepText.of(row(TaskType.MEETING, 301L, "Step 4 - Meeting"), Map.of())).isEqualTo("Step 4");
        assertThat(StepText.of(row(TaskType.CALL, 301L, "Step 4 - Meeting"), Map.of())).isEqualTo("Step 4 - Meeting");
        assertThat(StepText.of(row(TaskType.CALL, 301L, "Discovery call"), Map.of())).isEqualTo("Discovery call");
    }

    @Test
    void anUnnamedStepShowsItsSequencesNameNotTheWordSequence() {
        assertThat(StepText.of(row(TaskType.SMS, 301L, ""), Map.of(301L, "Outbound Q4"))).isEqualTo("Outbound Q4");
        assertThat(StepText.of(row(TaskType.SMS, 302L, ""), Map.of())).as("before the names are read").isEqualTo("Sequence 302");
        assertThat(StepText.of(row(TaskType.SMS, null, ""), Map.of())).isEmpty();
    }
}

package dev.taskinbox.inbox;

import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import dev.taskinbox.task.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** Live counts of the tasks still to do, per view and per type, for the side bar. */
public final class InboxCounts {
    private final Map<TaskView, IntegerProperty> byView = new EnumMap<>(TaskView.class);
    private final Map<TaskType, IntegerProperty> byType = new EnumMap<>(TaskType.class);
    private final ObservableMap<Long, Integer> bySequence = FXCollections.observableHashMap();
    /**
     * One read-only view, kept: JavaFX's read-only map holds its listeners through a weak link to
     * itself, so a view made per call was collected with the side bar's listener on it (the sequences
     * stopped showing after a garbage collection).
     */
    private final ObservableMap<Long, Integer> bySequenceView = FXCollections.unmodifiableObservableMap(bySequence);
    private final Clock clock;
    private WorkingHours workingHours = WorkingHours.DEFAULT;

    /** The prospects' working hours, for the "In hours now" count; counted again at the next change or minute. */
    public void useHours(WorkingHours hours) {
        this.workingHours = hours;
    }

    InboxCounts(Clock clock) {
        this.clock = clock;
        for (TaskView view : TaskView.values()) {
            byView.put(view, new SimpleIntegerProperty());
        }
        for (TaskType type : TaskType.values()) {
            byType.put(type, new SimpleIntegerProperty());
        }
    }

    public ReadOnlyIntegerProperty of(TaskView view) {
        return byView.get(view);
    }

    public ReadOnlyIntegerProperty of(TaskType type) {
        return byType.get(type);
    }

    /** Tasks still to do per sequence id (tasks outside a sequence are not counted here). */
    public ObservableMap<Long, Integer> bySequence() {
        return bySequenceView;
    }

    /** Counts again; only tasks still New count (sent and completed ones are done). */
    void recount(List<TaskRow> rows) {
        Instant now = clock.instant();
        Instant endOfToday = TaskView.endOfToday(now, clock.getZone());
        Map<TaskView, Integer> views = new EnumMap<>(TaskView.class);
        Map<TaskType, Integer> types = new EnumMap<>(TaskType.class);
        Map<Long, Integer> sequences = new HashMap<>();
        for (TaskRow row : rows) {
            if (row.statusProperty().get() != TaskStatus.NEW) {
                continue;
            }
            types.merge(row.summary().type(), 1, Integer::sum);
            if (row.summary().sequenceId() != null) {
                sequences.merge(row.summary().sequenceId(), 1, Integer::sum);
            }
            for (TaskView view : TaskView.values()) {
                if (view.includes(row, now, endOfToday, workingHours)) {
                    views.merge(view, 1, Integer::sum);
                }
            }
        }
        byView.forEach((view, count) -> count.set(views.getOrDefault(view, 0)));
        byType.forEach((type, count) -> count.set(types.getOrDefault(type, 0)));
        bySequence.keySet().retainAll(sequences.keySet());
        bySequence.putAll(sequences);
    }
}

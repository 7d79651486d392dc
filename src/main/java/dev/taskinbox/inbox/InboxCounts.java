package dev.taskinbox.inbox;

import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** Live counts of the tasks still to do, per view and per type, for the side bar. */
public final class InboxCounts {
    private final Map<TaskView, IntegerProperty> byView = new EnumMap<>(TaskView.class);
    private final Map<TaskType, IntegerProperty> byType = new EnumMap<>(TaskType.class);
    private final Clock clock;

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

    /** Counts again; only tasks still New count (sent and completed ones are done). */
    void recount(List<TaskRow> rows) {
        Instant now = clock.instant();
        Map<TaskView, Integer> views = new EnumMap<>(TaskView.class);
        Map<TaskType, Integer> types = new EnumMap<>(TaskType.class);
        for (TaskRow row : rows) {
            if (row.statusProperty().get() != TaskStatus.NEW) {
                continue;
            }
            types.merge(row.summary().type(), 1, Integer::sum);
            for (TaskView view : TaskView.values()) {
                if (view.contains(row.summary().dueTo(), now, clock.getZone())) {
                    views.merge(view, 1, Integer::sum);
                }
            }
        }
        byView.forEach((view, count) -> count.set(views.getOrDefault(view, 0)));
        byType.forEach((type, count) -> count.set(types.getOrDefault(type, 0)));
    }
}

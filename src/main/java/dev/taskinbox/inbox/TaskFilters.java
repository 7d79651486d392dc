package dev.taskinbox.inbox;

import dev.taskinbox.task.TaskType;
import dev.taskinbox.task.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What narrows the list: the view (a slice of the day), the types, a sequence and the search, as
 * one predicate over the rows that is taken again whenever any of them changes.
 */
public final class TaskFilters {
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableSet<TaskType> types = FXCollections.observableSet(EnumSet.noneOf(TaskType.class));
    private final ObjectProperty<TaskView> view = new SimpleObjectProperty<>(TaskView.ALL);
    private final ObjectProperty<Long> sequence = new SimpleObjectProperty<>();
    private final Clock clock;
    private final ObjectBinding<Predicate<TaskRow>> predicate;
    private WorkingHours workingHours = WorkingHours.DEFAULT;

    TaskFilters(Clock clock) {
        this.clock = clock;
        this.predicate = Bindings.createObjectBinding(this::build, search, types, view, sequence);
    }

    /** The filters as one test of a row; a new one whenever a filter changes (or time moves on). */
    ObjectBinding<Predicate<TaskRow>> predicate() {
        return predicate;
    }

    /** Time moved on: "today" and "overdue" mean other rows now. */
    void clockTicked() {
        predicate.invalidate();
    }

    /** The prospects' working hours, for the "In hours now" view (the rep's setting). */
    public void useHours(WorkingHours hours) {
        this.workingHours = hours;
        predicate.invalidate();
    }

    /** Which slice of the day is shown (All pending by default). */
    public ObjectProperty<TaskView> viewProperty() {
        return view;
    }

    /** Only tasks of this sequence (null: all). */
    public ObjectProperty<Long> sequenceFilterProperty() {
        return sequence;
    }

    /** Free text matched against contact, step, subject and type, ignoring case. */
    public StringProperty searchProperty() {
        return search;
    }

    /** Only tasks of these types (empty: every type). Several may be chosen at once. */
    public ObservableSet<TaskType> typeFilters() {
        return types;
    }

    /** Adds the type to the filter, or takes it out if it is in. */
    public void toggleType(TaskType type) {
        if (!types.remove(type)) {
            types.add(type);
        }
    }

    /** Back to every task: all pending, every type and sequence, no search. */
    public void clearFilters() {
        search.set("");
        types.clear();
        sequence.set(null);
        view.set(TaskView.ALL);
    }

    /** True when some filter or search is narrowing the list. */
    public boolean isFiltered() {
        return !types.isEmpty() || sequence.get() != null || view.get() != TaskView.ALL
                || (search.get() != null && !search.get().isBlank());
    }

    private Predicate<TaskRow> build() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Set<TaskType> wanted = EnumSet.noneOf(TaskType.class);
        wanted.addAll(types);
        TaskView slice = view.get();
        Long only = sequence.get();
        Instant now = clock.instant();
        Instant endOfToday = TaskView.endOfToday(now, clock.getZone());
        return row -> (wanted.isEmpty() || wanted.contains(row.summary().type()))
                && (only == null || only.equals(row.summary().sequenceId()))
                && slice.includes(row, now, endOfToday, workingHours)
                && (needle.isEmpty() || matches(row, needle));
    }

    private static boolean matches(TaskRow row, String needle) {
        return contains(row.summary().contactName(), needle) || contains(row.stepNameProperty().get(), needle)
                || contains(row.subjectProperty().get(), needle) || contains(row.summary().type().label(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}

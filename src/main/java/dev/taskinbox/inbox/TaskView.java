package dev.taskinbox.inbox;

import java.time.Instant;
import java.time.LocalDate;
import dev.taskinbox.task.WorkingHours;
import java.time.ZoneId;

/** The slices of the day a rep works by, counted in the side bar. */
public enum TaskView {
    TODAY("Today"),
    OVERDUE("Overdue"),
    UPCOMING("Upcoming"),
    /** Due today, and the prospect is within working hours right now (their zone known): who to call now. */
    WORKING_NOW("In hours now"),
    ALL("All pending");

    private final String label;

    TaskView(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Today: due before the end of today (overdue included); Overdue: due before now; Upcoming: due after today. */
    boolean contains(Instant due, Instant now, Instant endOfToday) {
        if (this == ALL) {
            return true;
        }
        if (due == null) {
            return false;
        }
        return switch (this) {
            case TODAY -> due.isBefore(endOfToday);
            case OVERDUE -> due.isBefore(now);
            case UPCOMING -> !due.isBefore(endOfToday);
            case WORKING_NOW -> false;   // decided by the prospect's clock, see includes
            case ALL -> true;
        };
    }

    /** Whether a row is in this view: by its due time, and for {@link #WORKING_NOW} by the prospect's clock too. */
    boolean includes(TaskRow row, Instant now, Instant endOfToday, WorkingHours hours) {
        if (this != WORKING_NOW) {
            return contains(row.summary().dueTo(), now, endOfToday);
        }
        ZoneId theirs = row.contactZoneProperty().get();
        return theirs != null && TODAY.contains(row.summary().dueTo(), now, endOfToday)
                && hours.isOpen(now, theirs);
    }

    /** Midnight at the end of the rep's today; worked out once per pass, not once per row (zone rules are slow). */
    static Instant endOfToday(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }
}

package dev.taskinbox.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The slices of the day a rep works by, counted in the side bar. */
public enum TaskView {
    TODAY("Today"),
    OVERDUE("Overdue"),
    UPCOMING("Upcoming"),
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
            case ALL -> true;
        };
    }

    /** Midnight at the end of the rep's today; worked out once per pass, not once per row (zone rules are slow). */
    static Instant endOfToday(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }
}

package dev.taskinbox.snooze;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

/** When a snoozed task comes back: 9:00 in the rep's own zone. */
public final class SnoozeTimes {
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private SnoozeTimes() {
    }

    public static Instant tomorrow(Clock clock) {
        return on(LocalDate.now(clock).plusDays(1), clock);
    }

    /** Next Monday (a week today when today is Monday). */
    public static Instant nextWeek(Clock clock) {
        return on(LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)), clock);
    }

    public static Instant on(LocalDate day, Clock clock) {
        return day.atTime(MORNING).atZone(clock.getZone()).toInstant();
    }
}

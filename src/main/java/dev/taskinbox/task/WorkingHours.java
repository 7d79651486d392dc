package dev.taskinbox.task;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a message may arrive without waking anyone: from {@code opens} to {@code closes} on
 * {@code days}, in the prospect's own zone (an IANA zone, so daylight-saving changes are Java's
 * business, not ours). The default, 08:00 to 18:00 Monday to Friday, is the trade's habit, not a
 * Reply rule.
 */
public record WorkingHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {
    public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    public WorkingHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Working hours must open before they close: " + opens + "-" + closes);
        }
        days = Set.copyOf(days);
    }

    public boolean isOpen(Instant now, ZoneId zone) {
        ZonedDateTime there = now.atZone(zone);
        LocalTime time = there.toLocalTime();
        return days.contains(there.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** "It is Sun 02:13 where they are, outside working hours." when it is; empty inside them. */
    public Optional<String> outside(Instant now, ZoneId zone) {
        return isOpen(now, zone) ? Optional.empty()
                : Optional.of("It is " + now.atZone(zone).format(WHEN) + " where they are, outside working hours.");
    }
}

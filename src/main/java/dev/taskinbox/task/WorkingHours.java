package dev.taskinbox.task;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
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
        if (days.isEmpty()) {
            throw new IllegalArgumentException("Working hours need at least one day");
        }
        days = Set.copyOf(days);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    /**
     * Reads "08:00-18:00 Mon-Fri" (or "09:00-17:30 Mon,Tue,Thu"); empty for anything else, so a
     * hand-edited setting that does not read falls back to the default rather than stopping the app.
     */
    public static Optional<WorkingHours> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\s+");
        String[] times = parts[0].split("-");
        if (parts.length != 2 || times.length != 2) {
            return Optional.empty();
        }
        try {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String piece : parts[1].split(",")) {
                String[] range = piece.split("-");
                DayOfWeek first = day(range[0]);
                DayOfWeek last = range.length == 2 ? day(range[1]) : first;
                if (range.length > 2 || first == null || last == null) {
                    return Optional.empty();
                }
                // "Sun-Thu" wraps round the week (a working week in much of the Middle East).
                days.addAll(last.compareTo(first) >= 0 ? EnumSet.range(first, last)
                        : EnumSet.complementOf(EnumSet.range(last.plus(1), first.minus(1))));
            }
            return Optional.of(new WorkingHours(LocalTime.parse(times[0], TIME), LocalTime.parse(times[1], TIME), days));
        } catch (java.time.DateTimeException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static DayOfWeek day(String text) {
        return WEEK.stream().filter(day -> day.name().substring(0, 3).equalsIgnoreCase(text.strip())).findFirst().orElse(null);
    }

    /** "08:00-18:00 Mon-Fri", as {@link #parse} reads it. */
    public String text() {
        StringBuilder out = new StringBuilder(opens.format(TIME) + "-" + closes.format(TIME) + " ");
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        boolean contiguous = sorted.get(sorted.size() - 1).ordinal() - sorted.get(0).ordinal() == sorted.size() - 1;
        if (contiguous && sorted.size() > 1) {
            return out.append(name(sorted.get(0))).append('-').append(name(sorted.get(sorted.size() - 1))).toString();
        }
        return out.append(String.join(",", sorted.stream().map(WorkingHours::name).toList())).toString();
    }

    private static String name(DayOfWeek day) {
        return day.name().charAt(0) + day.name().substring(1, 3).toLowerCase(Locale.ROOT);
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

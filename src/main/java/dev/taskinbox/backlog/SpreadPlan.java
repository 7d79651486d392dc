package dev.taskinbox.backlog;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a backlog goes: oldest due first, at most {@code perDay} on each working day (Monday to
 * Friday) from {@code firstDay}, each at 09:00 in the prospect's zone where it is known (the rep's
 * own otherwise). A task keeps the gap between its start and due time (an hour when it had none).
 * Tasks Reply sends by themselves are left out: moving one moves an automatic send. Pure.
 */
public final class SpreadPlan {
    static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final Duration DEFAULT_GAP = Duration.ofHours(1);

    private SpreadPlan() {
    }

    /** A task to place: {@code zone} null when the prospect's is not known. */
    public record Item(long id, String who, Instant startAt, Instant dueTo, ZoneId zone, boolean scheduled) {
    }

    /** Where one task goes. {@code theirTime} says the 09:00 is the prospect's, not the rep's. */
    public record Move(long id, String who, Instant oldDue, Instant startAt, Instant dueTo, boolean theirTime) {
    }

    /** The moves, and what stays where it is with the reason. */
    public record Plan(List<Move> moves, List<String> leftAlone) {
    }

    /**
     * Spreads {@code items} over at most {@code days} working days starting at {@code firstDay}
     * (moved on to a working day), {@code perDay} a day; those that do not fit stay. A slot before
     * {@code earliest} (its 09:00 has passed where they are, or falls while the rep is away) goes to the next day.
     */
    public static Plan spread(List<Item> items, LocalDate firstDay, int days, int perDay, ZoneId repZone, Instant earliest) {
        List<Move> moves = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<Item> ordered = items.stream().sorted(Comparator.comparing(Item::dueTo, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        List<LocalDate> workingDays = new ArrayList<>();
        LocalDate day = firstDay;
        while (workingDays.size() < days) {
            if (isWorkingDay(day)) {
                workingDays.add(day);
            }
            day = day.plusDays(1);
        }
        int[] used = new int[workingDays.size()];
        for (Item item : ordered) {
            if (item.scheduled()) {
                left.add(item.who() + ": sent by its sequence at its own time; move it on its own (S asks first)");
                continue;
            }
            ZoneId zone = item.zone() == null ? repZone : item.zone();
            Move placed = null;
            for (int d = 0; d < workingDays.size() && placed == null; d++) {
                Instant due = workingDays.get(d).atTime(MORNING).atZone(zone).toInstant();
                if (used[d] < perDay && due.isAfter(earliest)) {
                    used[d]++;
                    placed = new Move(item.id(), item.who(), item.dueTo(), due.minus(gap(item)), due, item.zone() != null);
                }
            }
            if (placed == null) {
                left.add(item.who() + ": no room in " + days + (days == 1 ? " day" : " days") + " at " + perDay + " a day");
            } else {
                moves.add(placed);
            }
        }
        return new Plan(List.copyOf(moves), List.copyOf(left));
    }

    /** "Away": the tasks due from {@code from} to {@code to} (the rep's days, both included) go to the working days after. */
    public static Plan away(List<Item> items, LocalDate from, LocalDate to, int perDay, ZoneId repZone, Instant now) {
        List<Item> inRange = items.stream().filter(item -> item.dueTo() != null).filter(item -> {
            LocalDate due = item.dueTo().atZone(repZone).toLocalDate();
            return !due.isBefore(from) && !due.isAfter(to);
        }).toList();
        // Enough days for all of them at perDay (and one more: a prospect far ahead of the rep has its
        // first morning while the rep is still away), so nothing stays behind for want of room.
        int days = (inRange.size() + perDay - 1) / perDay + 1;
        Instant back = to.plusDays(1).atStartOfDay(repZone).toInstant();
        return spread(inRange, to.plusDays(1), days, perDay, repZone, now.isAfter(back) ? now : back.minusNanos(1));
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Duration gap(Item item) {
        if (item.startAt() == null || item.dueTo() == null || !item.dueTo().isAfter(item.startAt())) {
            return DEFAULT_GAP;
        }
        Duration gap = Duration.between(item.startAt(), item.dueTo());
        return gap.compareTo(Duration.ofHours(8)) > 0 ? DEFAULT_GAP : gap;
    }
}

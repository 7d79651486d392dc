package dev.taskinbox.today;

import dev.taskinbox.task.TaskType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The day's score from the log: done today by type, what is left, when it would all be done at
 * today's pace, and the days in a row the rep reached zero overdue (weekends neither count nor
 * break a run). Pure; the rep's zone decides what "today" is.
 */
public record TodayScore(Map<TaskType, Integer> doneByType, int done, int left, Optional<Duration> toFinish, int clearStreak) {
    /** Below this much of the day's work, a pace says nothing yet. */
    static final Duration MIN_WORK_FOR_PACE = Duration.ofMinutes(15);

    public static TodayScore of(List<DayLog.Done> log, Collection<LocalDate> clearDays, int left, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<TaskType, Integer> byType = new EnumMap<>(TaskType.class);
        Instant first = null;
        int done = 0;
        for (DayLog.Done entry : log) {
            if (entry.at().atZone(zone).toLocalDate().equals(today) && !entry.at().isAfter(now)) {
                byType.merge(entry.type(), 1, Integer::sum);
                done++;
                first = first == null || entry.at().isBefore(first) ? entry.at() : first;
            }
        }
        Optional<Duration> toFinish = Optional.empty();
        if (left == 0) {
            toFinish = Optional.of(Duration.ZERO);
        } else if (first != null && Duration.between(first, now).compareTo(MIN_WORK_FOR_PACE) >= 0) {
            double perTask = (double) Duration.between(first, now).toSeconds() / done;
            toFinish = Optional.of(Duration.ofSeconds(Math.round(perTask * left)));
        }
        return new TodayScore(Map.copyOf(byType), done, left, toFinish, streak(new TreeSet<>(clearDays), today));
    }

    /** Clear days in a row up to today (or up to yesterday, while today is not clear yet). */
    static int streak(Set<LocalDate> clear, LocalDate today) {
        LocalDate day = clear.contains(today) ? today : today.minusDays(1);
        int run = 0;
        while (true) {
            if (clear.contains(day)) {
                run++;
            } else if (!weekend(day)) {
                return run;
            }
            day = day.minusDays(1);
            if (day.isBefore(today.minusYears(1))) {
                return run;
            }
        }
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** "12 done (8 emails, 4 calls) · 30 left · about 2 h 30 min at today's pace · 3 days in a row at zero overdue". */
    public String sentence() {
        StringBuilder text = new StringBuilder(done + " done");
        if (!doneByType.isEmpty()) {
            text.append(" (");
            String sep = "";
            for (TaskType type : TaskType.WORK_ORDER) {
                Integer count = doneByType.get(type);
                if (count != null) {
                    text.append(sep).append(count).append(' ').append(type.label());
                    sep = ", ";
                }
            }
            text.append(')');
        }
        text.append(" · ").append(left).append(" left");
        toFinish.filter(d -> !d.isZero()).ifPresent(d -> text.append(" · about ").append(hours(d)).append(" at today's pace"));
        if (clearStreak > 0) {
            text.append(" · ").append(clearStreak).append(clearStreak == 1 ? " day" : " days").append(" in a row at zero overdue");
        }
        return text.toString();
    }

    static String hours(Duration d) {
        long minutes = Math.max(1, d.toMinutes());
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}

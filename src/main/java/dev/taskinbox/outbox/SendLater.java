package dev.taskinbox.outbox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When "send at 9:00 their time" means: the next 9:00 on a weekday where they are, strictly after now. Pure. */
public final class SendLater {
    static final LocalTime MORNING = LocalTime.of(9, 0);

    private SendLater() {
    }

    public static Instant nextMorning(Instant now, ZoneId zone) {
        ZonedDateTime there = now.atZone(zone);
        LocalDate day = there.toLocalDate();
        while (true) {
            ZonedDateTime candidate = day.atTime(MORNING).atZone(zone);
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && candidate.toInstant().isAfter(now)) {
                return candidate.toInstant();
            }
            day = day.plusDays(1);
        }
    }
}

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

    /** 9:00 on the next weekday after today where they are (a mailbox's daily limit is used up today). */
    public static Instant nextDayMorning(Instant now, ZoneId zone) {
        return nextMorning(now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant(), zone);
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

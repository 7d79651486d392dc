package dev.taskinbox.common.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Due times as a rep reads them: "in 3h", "2d overdue". */
public final class DueText {
    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private DueText() {
    }

    /** "Mon 30 Nov, 10:00" in the given zone: a due or start time written out. */
    public static String absolute(Instant when, ZoneId zone) {
        return ABSOLUTE.format(when.atZone(zone));
    }

    public static String relative(Instant due, Instant now) {
        if (due == null) {
            return "—";
        }
        Duration gap = Duration.between(now, due);
        boolean overdue = gap.isNegative();
        String amount = amount(gap.abs());
        return overdue ? amount + " overdue" : "in " + amount;
    }

    private static String amount(Duration gap) {
        if (gap.toDays() >= 1) {
            return gap.toDays() + "d";
        }
        if (gap.toHours() >= 1) {
            return gap.toHours() + "h";
        }
        return Math.max(1, gap.toMinutes()) + "m";
    }
}

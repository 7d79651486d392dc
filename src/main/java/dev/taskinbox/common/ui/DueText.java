package dev.taskinbox.common.ui;

import java.time.Duration;
import java.time.Instant;

/** Due times as a rep reads them: "in 3h", "2d overdue". */
public final class DueText {
    private DueText() {
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

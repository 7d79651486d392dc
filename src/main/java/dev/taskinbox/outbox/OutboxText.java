package dev.taskinbox.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a held send's time reads: "Wed 09:00 their time (in 2 h 10 min)". */
final class OutboxText {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private OutboxText() {
    }

    static String when(HeldSend send, Clock clock) {
        boolean theirs = !send.zone().isBlank();
        ZoneId zone = theirs ? ZoneId.of(send.zone()) : clock.getZone();
        return "at " + send.sendAt().atZone(zone).format(AT) + (theirs ? " their time" : "");
    }

    /** "Wed 09:00": the time alone, in their zone when known. */
    static String shortWhen(HeldSend send, Clock clock) {
        ZoneId zone = send.zone().isBlank() ? clock.getZone() : ZoneId.of(send.zone());
        return send.sendAt().atZone(zone).format(AT);
    }

    static String countdown(HeldSend send, Clock clock) {
        Duration left = Duration.between(clock.instant(), send.sendAt());
        if (left.isNegative() || left.isZero()) {
            return "due now";
        }
        long minutes = left.toMinutes();
        if (minutes < 1) {
            return "in " + left.toSeconds() + " s";
        }
        return minutes < 60 ? "in " + minutes + " min" : "in " + minutes / 60 + " h " + minutes % 60 + " min";
    }
}

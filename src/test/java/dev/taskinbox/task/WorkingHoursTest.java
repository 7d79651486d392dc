package dev.taskinbox.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Working hours in the prospect's own zone: across a daylight-saving change, far ahead of UTC, and at the weekend. */
class WorkingHoursTest {
    private final WorkingHours hours = WorkingHours.DEFAULT;

    @Test
    void theSameUtcHourIsInsideBeforeTheClocksGoForwardAndOutsideAfter() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Friday 27 March 2026, 06:30 UTC is 07:30 in Berlin (CET): before opening.
        assertThat(hours.isOpen(Instant.parse("2026-03-27T06:30:00Z"), berlin)).isFalse();
        // Monday 30 March 2026 (CEST since Sunday), 06:30 UTC is 08:30: open.
        assertThat(hours.isOpen(Instant.parse("2026-03-30T06:30:00Z"), berlin)).isTrue();
        // And at the close: 16:30 UTC is 18:30 in summer time, closed; 17:00 in winter time, open.
        assertThat(hours.isOpen(Instant.parse("2026-03-30T16:30:00Z"), berlin)).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-03-27T16:30:00Z"), berlin)).isTrue();
    }

    @Test
    void aZoneThirteenHoursAheadIsAlreadyOnTomorrow() {
        ZoneId tonga = ZoneId.of("Pacific/Tongatapu");
        // Friday 22:00 UTC is Saturday 11:00 in Tonga: the weekend there.
        assertThat(hours.outside(Instant.parse("2026-12-04T22:00:00Z"), tonga))
                .contains("It is Sat 11:00 where they are, outside working hours.");
        // Sunday 20:00 UTC is Monday 09:00 there: open.
        assertThat(hours.isOpen(Instant.parse("2026-12-06T20:00:00Z"), tonga)).isTrue();
    }

    @Test
    void openingIsInsideAndClosingIsOutside() {
        ZoneId utc = ZoneId.of("UTC");
        assertThat(hours.isOpen(Instant.parse("2026-12-01T08:00:00Z"), utc)).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-12-01T18:00:00Z"), utc)).isFalse();
        assertThat(hours.outside(Instant.parse("2026-12-01T12:00:00Z"), utc)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theSettingReadsAndWritesTheSameWayAndNonsenseIsRefused() {
        org.assertj.core.api.Assertions.assertThat(WorkingHours.parse("08:00-18:00 Mon-Fri")).contains(WorkingHours.DEFAULT);
        WorkingHours odd = WorkingHours.parse("09:30-17:00 mon,tue,Thu").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(odd.text()).isEqualTo("09:30-17:00 Mon,Tue,Thu");
        org.assertj.core.api.Assertions.assertThat(WorkingHours.parse(odd.text())).contains(odd);
        org.assertj.core.api.Assertions.assertThat(WorkingHours.parse("07:00-15:00 Sun-Thu").orElseThrow().text())
                .as("a week that starts on Sunday is listed day by day").isEqualTo("07:00-15:00 Mon,Tue,Wed,Thu,Sun");
        for (String nonsense : new String[] {"", "9-5", "18:00-08:00 Mon-Fri", "08:00-18:00 Funday",
            "08:00-18:00", "25:00-26:00 Mon"}) {
            org.assertj.core.api.Assertions.assertThat(WorkingHours.parse(nonsense)).as(nonsense).isEmpty();
        }
    }
}

package dev.taskinbox.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a backlog goes: per day, per zone, weekends skipped, automatic sends left alone. */
class SpreadPlanTest {
    private static final ZoneId REP = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");   // Thursday
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    private static SpreadPlan.Item item(long id, String due, ZoneId zone) {
        Instant at = Instant.parse(due);
        return new SpreadPlan.Item(id, "Contact " + id, at.minusSeconds(1800), at, zone, false);
    }

    @Test
    void oldestFirstAtMostTwoADayOverFridayAndMonday() {
        List<SpreadPlan.Item> items = List.of(item(1, "2026-11-30T09:00:00Z", null), item(2, "2026-11-20T09:00:00Z", null),
                item(3, "2026-11-25T09:00:00Z", null), item(4, "2026-11-28T09:00:00Z", null), item(5, "2026-12-01T09:00:00Z", null));

        SpreadPlan.Plan plan = SpreadPlan.spread(items, FRIDAY, 2, 2, REP, NOW);

        assertThat(plan.moves()).extracting(SpreadPlan.Move::id).containsExactly(2L, 3L, 4L, 1L);
        assertThat(plan.moves()).extracting(SpreadPlan.Move::dueTo).containsExactly(
                Instant.parse("2026-12-04T08:00:00Z"), Instant.parse("2026-12-04T08:00:00Z"),
                Instant.parse("2026-12-07T08:00:00Z"), Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(plan.moves()).allSatisfy(move -> assertThat(move.startAt()).isEqualTo(move.dueTo().minusSeconds(1800)));
        assertThat(plan.leftAlone()).containsExactly("Contact 5: no room in 2 days at 2 a day");
    }

    @Test
    void eachGoesIntoItsProspectsMorning() {
        SpreadPlan.Plan plan = SpreadPlan.spread(List.of(item(1, "2026-11-30T09:00:00Z", ZoneId.of("America/Los_Angeles")),
                item(2, "2026-11-30T10:00:00Z", ZoneId.of("Pacific/Auckland"))), FRIDAY, 1, 5, REP, NOW);

        assertThat(plan.moves()).extracting(SpreadPlan.Move::dueTo).containsExactly(
                Instant.parse("2026-12-04T17:00:00Z"),    // 09:00 in Los Angeles
                Instant.parse("2026-12-03T20:00:00Z"));   // 09:00 Friday in Auckland, Thursday evening here
        assertThat(plan.moves()).allMatch(SpreadPlan.Move::theirTime);
    }

    @Test
    void aMorningThatHasPassedThereGoesToTheNextDay() {
        Instant lateThursday = Instant.parse("2026-12-03T21:00:00Z");   // Friday 10:00 in Auckland
        SpreadPlan.Plan plan = SpreadPlan.spread(List.of(item(1, "2026-11-30T09:00:00Z", ZoneId.of("Pacific/Auckland"))),
                FRIDAY, 2, 5, REP, lateThursday);
        assertThat(plan.moves()).extracting(SpreadPlan.Move::dueTo).containsExactly(Instant.parse("2026-12-06T20:00:00Z"));
    }

    @Test
    void automaticSendsStayAndSayWhy() {
        SpreadPlan.Item scheduled = new SpreadPlan.Item(9, "Auto", null, Instant.parse("2026-11-30T09:00:00Z"), null, true);
        SpreadPlan.Plan plan = SpreadPlan.spread(List.of(scheduled), FRIDAY, 3, 10, REP, NOW);
        assertThat(plan.moves()).isEmpty();
        assertThat(plan.leftAlone()).singleElement().asString().startsWith("Auto: sent by its sequence");
    }

    @Test
    void awayMovesWhatFallsDueInTheRangeToTheWorkingDaysAfter() {
        List<SpreadPlan.Item> items = List.of(item(1, "2026-12-07T10:00:00Z", null), item(2, "2026-12-09T10:00:00Z", null),
                item(3, "2026-12-10T10:00:00Z", null), item(4, "2026-12-14T10:00:00Z", null));

        SpreadPlan.Plan plan = SpreadPlan.away(items, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 11), 2, REP, NOW);

        assertThat(plan.moves()).extracting(SpreadPlan.Move::id).containsExactly(1L, 2L, 3L);
        assertThat(plan.moves()).extracting(SpreadPlan.Move::dueTo).containsExactly(
                Instant.parse("2026-12-14T08:00:00Z"), Instant.parse("2026-12-14T08:00:00Z"), Instant.parse("2026-12-15T08:00:00Z"));
        assertThat(plan.leftAlone()).isEmpty();
    }

    @Test
    void awayNeverPutsATaskInsideTheRepsTimeAway() {
        // 09:00 on Monday 14 Dec in Auckland is Sunday 13 Dec, 21:00 in Berlin: the rep is still away.
        SpreadPlan.Plan plan = SpreadPlan.away(List.of(item(1, "2026-12-08T10:00:00Z", ZoneId.of("Pacific/Auckland"))),
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13), 5, REP, NOW);
        assertThat(plan.moves()).extracting(SpreadPlan.Move::dueTo).containsExactly(Instant.parse("2026-12-14T20:00:00Z"));
    }
}

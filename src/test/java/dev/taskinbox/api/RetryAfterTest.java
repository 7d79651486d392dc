package dev.taskinbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void secondsAndHttpDatesAreBothRead() {
        assertThat(RetryAfter.parse("12", clock)).contains(Duration.ofSeconds(12));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Mon, 30 Nov 2026 09:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aDateInThePastMeansNowAndNonsenseMeansUnknown() {
        assertThat(RetryAfter.parse("Mon, 30 Nov 2026 08:00:00 GMT", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).contains(Duration.ZERO);
    }
}

package dev.taskinbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantAdapterTest {

    @Test
    void theThreeShapesReplyUsesAreRead() {
        assertThat(InstantAdapter.parse("2026-11-30T09:00:00Z")).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(InstantAdapter.parse("2026-11-30T10:00:00+01:00")).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(InstantAdapter.parse("2026-11-30T09:00:00")).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(InstantAdapter.parse("2026-11-30T09:00:00.123Z")).isEqualTo(Instant.parse("2026-11-30T09:00:00.123Z"));
    }

    @Test
    void impossibleOrForeignValuesAreUnknownNotErrors() {
        assertThat(InstantAdapter.parse("2026-02-30T09:00:00Z")).isNull();
        assertThat(InstantAdapter.parse("2026-11-30T25:00:00Z")).isNull();
        assertThat(InstantAdapter.parse("30/11/2026")).isNull();
        assertThat(InstantAdapter.parse("2026-1a-30T09:00:00Z")).isNull();
    }
}

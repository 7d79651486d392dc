package dev.taskinbox.support;

import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.api.RequestBudget;
import dev.taskinbox.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Client options for tests that are about something other than the budget: no waiting, no sleeping. */
public final class TestBudgets {
    private TestBudgets() {
    }

    public static RequestBudget roomy() {
        return new RequestBudget(List.of(new RequestBudget.Limit(1_000_000, Duration.ofMinutes(1))), Clock.systemUTC());
    }

    public static ClientOptions fastOptions() {
        Sleeper noSleep = duration -> { };
        return ClientOptions.defaults().withBudget(roomy()).withSleeper(noSleep);
    }
}

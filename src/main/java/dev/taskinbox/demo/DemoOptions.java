package dev.taskinbox.demo;

import java.time.Clock;
import java.time.Duration;

/**
 * How the demo server behaves.
 *
 * @param latency       added to every answer
 * @param newestDialect speak the newest docs' dialect (Bearer only, camelCase enums) instead of the seed's
 * @param rateLimit     requests allowed per {@code rateWindow}, answering 429 beyond it; 0 for no limit
 * @param rateWindow    the rate-limit window (Reply's is a minute; tests scale it down)
 * @param faults        misbehaviour to inject
 * @param taskCount     how many tasks the data set has (70 by default)
 * @param apiKey        the one key accepted, or null to accept any
 */
public record DemoOptions(Clock clock, Duration latency, boolean newestDialect, int rateLimit, Duration rateWindow,
                          DemoFaults faults, int taskCount, String apiKey) {

    public static DemoOptions defaults() {
        return new DemoOptions(Clock.systemUTC(), Duration.ZERO, false, 0, Duration.ofMinutes(1), DemoFaults.NONE, 70, null);
    }

    public DemoOptions withClock(Clock value) {
        return new DemoOptions(value, latency, newestDialect, rateLimit, rateWindow, faults, taskCount, apiKey);
    }

    public DemoOptions withLatency(Duration value) {
        return new DemoOptions(clock, value, newestDialect, rateLimit, rateWindow, faults, taskCount, apiKey);
    }

    public DemoOptions withNewestDialect(boolean value) {
        return new DemoOptions(clock, latency, value, rateLimit, rateWindow, faults, taskCount, apiKey);
    }

    public DemoOptions withRateLimit(int count, Duration window) {
        return new DemoOptions(clock, latency, newestDialect, count, window, faults, taskCount, apiKey);
    }

    public DemoOptions withFaults(DemoFaults value) {
        return new DemoOptions(clock, latency, newestDialect, rateLimit, rateWindow, value, taskCount, apiKey);
    }

    public DemoOptions withApiKey(String value) {
        return new DemoOptions(clock, latency, newestDialect, rateLimit, rateWindow, faults, taskCount, value);
    }

    public DemoOptions withTaskCount(int value) {
        return new DemoOptions(clock, latency, newestDialect, rateLimit, rateWindow, faults, value, apiKey);
    }
}

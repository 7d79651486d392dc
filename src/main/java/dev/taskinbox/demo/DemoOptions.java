package dev.taskinbox.demo;

import java.time.Clock;
import java.time.Duration;

/**
 * How the demo server behaves. By default it is as strict as Reply's current reference (Bearer
 * only, camelCase string enums only); {@code seedDialect} makes it as strict the seed's way.
 *
 * @param latency       added to every answer
 * @param seedDialect   speak the seed's dialect (X-API-Key only, integer enums only) instead of the current docs'
 * @param rateLimit     requests allowed per {@code rateWindow}, answering 429 beyond it; 0 for no limit
 * @param rateWindow    the rate-limit window (Reply's is a minute; tests scale it down)
 * @param faults        misbehaviour to inject
 * @param taskCount     how many tasks the data set has (70 by default)
 * @param apiKey        the one key accepted, or null to accept any
 * @param mailboxes     the state of the rep's mailboxes and what Reply demands of the caller
 * @param statusLag     how long reads still show a sent task as New (Reply may finish a send a little later)
 */
public record DemoOptions(Clock clock, Duration latency, boolean seedDialect, int rateLimit, Duration rateWindow,
                          DemoFaults faults, int taskCount, String apiKey, Demands mailboxes, Duration statusLag) {

    /**
     * @param defaultDisconnected the rep's default mailbox has lost its connection
     * @param requiredTeam        a team id every call must name in {@code X-TEAM-ID} (403 TEAM_REQUIRED), or null
     * @param deniedPath          a path prefix the key has no scope for (403 insufficient_scope), or null
     * @param userRequired        an organization key: every call must name a user (403 USER_REQUIRED)
     * @param dailyLimit          each of the rep's mailboxes' {@code dailyLimit}
     * @param defaultLocked       the default mailbox's provider has locked sending
     */
    public record Demands(boolean defaultDisconnected, String requiredTeam, String deniedPath, boolean userRequired,
                          int dailyLimit, boolean defaultLocked) {
        public static final Demands NONE = new Demands(false, null, null, false, 200, false);

        public Demands withDefaultDisconnected() {
            return new Demands(true, requiredTeam, deniedPath, userRequired, dailyLimit, defaultLocked);
        }

        public Demands withTeam(String team) {
            return new Demands(defaultDisconnected, team, deniedPath, userRequired, dailyLimit, defaultLocked);
        }

        public Demands withDeniedPath(String path) {
            return new Demands(defaultDisconnected, requiredTeam, path, userRequired, dailyLimit, defaultLocked);
        }

        public Demands withUserRequired() {
            return new Demands(defaultDisconnected, requiredTeam, deniedPath, true, dailyLimit, defaultLocked);
        }

        /** Every mailbox of the rep's may send this many a day (Reply's {@code dailyLimit}). */
        public Demands withDailyLimit(int limit) {
            return new Demands(defaultDisconnected, requiredTeam, deniedPath, userRequired, limit, defaultLocked);
        }

        /** The default mailbox is connected but its provider has locked sending ({@code sendingLockedByProvider}). */
        public Demands withDefaultLocked() {
            return new Demands(defaultDisconnected, requiredTeam, deniedPath, userRequired, dailyLimit, true);
        }
    }

    /**
     * The current form, unless the system property {@code taskinbox.demo.dialect} is {@code seed}
     * (the build runs the whole-window flows once that way, so both generations are proven).
     */
    public static DemoOptions defaults() {
        boolean seed = "seed".equalsIgnoreCase(System.getProperty("taskinbox.demo.dialect", "current"));
        return new DemoOptions(Clock.systemUTC(), Duration.ZERO, seed, 0, Duration.ofMinutes(1), DemoFaults.NONE, 70,
                null, Demands.NONE, Duration.ZERO);
    }

    public DemoOptions withClock(Clock value) {
        return new DemoOptions(value, latency, seedDialect, rateLimit, rateWindow, faults, taskCount, apiKey, mailboxes,
                statusLag);
    }

    public DemoOptions withLatency(Duration value) {
        return new DemoOptions(clock, value, seedDialect, rateLimit, rateWindow, faults, taskCount, apiKey, mailboxes,
                statusLag);
    }

    public DemoOptions withSeedDialect(boolean value) {
        return new DemoOptions(clock, latency, value, rateLimit, rateWindow, faults, taskCount, apiKey, mailboxes,
                statusLag);
    }

    public DemoOptions withRateLimit(int count, Duration window) {
        return new DemoOptions(clock, latency, seedDialect, count, window, faults, taskCount, apiKey, mailboxes,
                statusLag);
    }

    public DemoOptions withFaults(DemoFaults value) {
        return new DemoOptions(clock, latency, seedDialect, rateLimit, rateWindow, value, taskCount, apiKey, mailboxes,
                statusLag);
    }

    public DemoOptions withApiKey(String value) {
        return new DemoOptions(clock, latency, seedDialect, rateLimit, rateWindow, faults, taskCount, value, mailboxes,
                statusLag);
    }

    public DemoOptions withTaskCount(int value) {
        return new DemoOptions(clock, latency, seedDialect, rateLimit, rateWindow, faults, value, apiKey, mailboxes,
                statusLag);
    }

    public DemoOptions withDemands(Demands value) {
        return new DemoOptions(clock, latency, seedDialect, rateLimit, rateWindow, faults, taskCount, apiKey, value,
                statusLag);
    }

    public DemoOptions withStatusLag(Duration value) {
        return new DemoOptions(clock, latency, seedDialect, rateLimit, rateWindow, faults, taskCount, apiKey, mailboxes,
                value);
    }
}

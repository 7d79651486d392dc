package dev.taskinbox.demo;

import java.util.List;
import java.util.ArrayList;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs the demo server on its own, to point the app (or curl) at it, with every knob:
 * <pre>
 * DemoServerMain [--port 8080] [--latency-ms 150] [--dialect current|seed] [--rate-limit 100]
 *                [--tasks 70] [--api-key only-this-one] [--default-mailbox disconnected] [--team 7]
 *                [--no-scope /v3/email-accounts] [--org-key true] [--status-lag-ms 4000]
 *                [--replied CONTACT:SEQUENCE] [--opted-out CONTACT]
 *                [--faults 429=0.1,5xx=0.05,5xx-after=0.05,timeout-after=0.05,drop=0.05,malformed=0.05,401-after=200]
 * </pre>
 */
public final class DemoServerMain {
    private static final Logger LOG = Logger.getLogger(DemoServerMain.class.getName());

    private DemoServerMain() {
    }

    private static boolean dialectIsSeed(String value) {
        return switch (value) {
            case "seed" -> true;
            case "current", "newest" -> false;
            default -> throw new IllegalArgumentException("--dialect takes current or seed, not " + value);
        };
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 8080;
        DemoOptions options = DemoOptions.defaults().withClock(Clock.systemUTC());
        List<long[]> replied = new ArrayList<>();
        List<Long> optedOut = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--replied" -> replied.add(new long[] {Long.parseLong(value.split(":")[0]), Long.parseLong(value.split(":")[1])});
                case "--opted-out" -> optedOut.add(Long.parseLong(value));
                case "--port" -> port = Integer.parseInt(value);
                case "--latency-ms" -> options = options.withLatency(Duration.ofMillis(Long.parseLong(value)));
                case "--dialect" -> options = options.withSeedDialect(dialectIsSeed(value));
                case "--default-mailbox" -> options = switch (value) {
                    case "disconnected" -> options.withDemands(options.mailboxes().withDefaultDisconnected());
                    case "locked" -> options.withDemands(options.mailboxes().withDefaultLocked());
                    default -> options;
                };
                case "--daily-limit" -> options = options.withDemands(options.mailboxes().withDailyLimit(Integer.parseInt(value)));
                case "--team" -> options = options.withDemands(options.mailboxes().withTeam(value));
                case "--no-scope" -> options = options.withDemands(options.mailboxes().withDeniedPath(value));
                case "--org-key" -> options = Boolean.parseBoolean(value)
                        ? options.withDemands(options.mailboxes().withUserRequired()) : options;
                case "--status-lag-ms" -> options = options.withStatusLag(Duration.ofMillis(Long.parseLong(value)));
                case "--rate-limit" -> options = options.withRateLimit(Integer.parseInt(value), Duration.ofMinutes(1));
                case "--tasks" -> options = options.withTaskCount(Integer.parseInt(value));
                case "--api-key" -> options = options.withApiKey(value);
                case "--faults" -> options = options.withFaults(DemoFaults.parse(value));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        DemoServer server = DemoServer.start(options, port);
        replied.forEach(pair -> server.replied(pair[0], pair[1]));
        optedOut.forEach(server::optOut);
        LOG.info(() -> "Dialect: " + (server.seedDialect() ? "seed (X-API-Key, integer enums)" : "current (Bearer, string enums)"));
        LOG.info(() -> "Demo Reply API listening on " + server.root());
        Thread.currentThread().join();
    }
}

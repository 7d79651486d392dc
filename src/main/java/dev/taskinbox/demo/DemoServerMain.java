package dev.taskinbox.demo;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Runs the demo server on its own, to point the app (or curl) at it:
 * {@code java -cp target/classes:... dev.taskinbox.demo.DemoServerMain [port] [latencyMillis] [seed|newest] [perMinute]}.
 */
public final class DemoServerMain {
    private static final Logger LOG = Logger.getLogger(DemoServerMain.class.getName());

    private DemoServerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0);
        boolean newest = args.length > 2 && args[2].equals("newest");
        int perMinute = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        DemoOptions options = DemoOptions.defaults().withClock(Clock.systemUTC()).withLatency(latency)
                .withNewestDialect(newest).withRateLimit(perMinute, Duration.ofMinutes(1));
        DemoServer server = DemoServer.start(options, port);
        LOG.info(() -> "Demo Reply API listening on " + server.root());
        Thread.currentThread().join();
    }
}

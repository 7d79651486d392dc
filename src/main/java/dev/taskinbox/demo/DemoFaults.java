package dev.taskinbox.demo;

import java.time.Duration;

/**
 * Misbehaviour to inject, each as a share of requests (0 to 1), for trying the app's safety nets:
 *
 * @param tooManyRequests      answer 429 (not processed)
 * @param serverError          answer 500 without processing
 * @param serverErrorAfterCommit process, then answer 500
 * @param timeoutAfterCommit   process, then answer nothing for {@code stall} and close
 * @param dropConnection       close the connection without processing or answering
 * @param malformedAfterCommit process, then answer 200 with a body that is not JSON
 * @param unauthorizedAfter    answer 401 to every request after this many (0: never)
 * @param stall                how long a "timeout" stays silent
 * @param seed                 for the dice, so a run can be repeated
 */
public record DemoFaults(double tooManyRequests, double serverError, double serverErrorAfterCommit,
                         double timeoutAfterCommit, double dropConnection, double malformedAfterCommit,
                         int unauthorizedAfter, Duration stall, long seed) {

    public static final DemoFaults NONE = new DemoFaults(0, 0, 0, 0, 0, 0, 0, Duration.ofSeconds(40), 42);

    public DemoFaults withTooManyRequests(double share) {
        return new DemoFaults(share, serverError, serverErrorAfterCommit, timeoutAfterCommit, dropConnection,
                malformedAfterCommit, unauthorizedAfter, stall, seed);
    }

    public DemoFaults withServerError(double share) {
        return new DemoFaults(tooManyRequests, share, serverErrorAfterCommit, timeoutAfterCommit, dropConnection,
                malformedAfterCommit, unauthorizedAfter, stall, seed);
    }

    public DemoFaults withServerErrorAfterCommit(double share) {
        return new DemoFaults(tooManyRequests, serverError, share, timeoutAfterCommit, dropConnection,
                malformedAfterCommit, unauthorizedAfter, stall, seed);
    }

    public DemoFaults withTimeoutAfterCommit(double share, Duration silence) {
        return new DemoFaults(tooManyRequests, serverError, serverErrorAfterCommit, share, dropConnection,
                malformedAfterCommit, unauthorizedAfter, silence, seed);
    }

    public DemoFaults withDropConnection(double share) {
        return new DemoFaults(tooManyRequests, serverError, serverErrorAfterCommit, timeoutAfterCommit, share,
                malformedAfterCommit, unauthorizedAfter, stall, seed);
    }

    public DemoFaults withMalformedAfterCommit(double share) {
        return new DemoFaults(tooManyRequests, serverError, serverErrorAfterCommit, timeoutAfterCommit, dropConnection,
                share, unauthorizedAfter, stall, seed);
    }

    public DemoFaults withUnauthorizedAfter(int requests) {
        return new DemoFaults(tooManyRequests, serverError, serverErrorAfterCommit, timeoutAfterCommit, dropConnection,
                malformedAfterCommit, requests, stall, seed);
    }

    /** Reads knobs like {@code 429=0.1,5xx=0.05,5xx-after=0.05,timeout-after=0.05,drop=0.05,malformed=0.05,401-after=200}. */
    public static DemoFaults parse(String spec) {
        DemoFaults faults = NONE;
        if (spec == null || spec.isBlank()) {
            return faults;
        }
        for (String part : spec.split(",")) {
            String[] knob = part.strip().split("=", 2);
            if (knob.length != 2) {
                throw new IllegalArgumentException("Fault knob \"" + part + "\" must look like name=value");
            }
            String value = knob[1].strip();
            faults = switch (knob[0].strip()) {
                case "429" -> faults.withTooManyRequests(Double.parseDouble(value));
                case "5xx" -> faults.withServerError(Double.parseDouble(value));
                case "5xx-after" -> faults.withServerErrorAfterCommit(Double.parseDouble(value));
                case "timeout-after" -> faults.withTimeoutAfterCommit(Double.parseDouble(value), faults.stall());
                case "drop" -> faults.withDropConnection(Double.parseDouble(value));
                case "malformed" -> faults.withMalformedAfterCommit(Double.parseDouble(value));
                case "401-after" -> faults.withUnauthorizedAfter(Integer.parseInt(value));
                default -> throw new IllegalArgumentException("Unknown fault knob \"" + knob[0] + "\"");
            };
        }
        return faults;
    }
}

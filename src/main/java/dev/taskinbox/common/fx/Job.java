package dev.taskinbox.common.fx;

/**
 * Background work that was started and can still be called off. Cancelling work that already
 * ended does nothing; cancelling work that is still out makes its one callback the failure one,
 * with a {@link java.util.concurrent.CancellationException}.
 */
@FunctionalInterface
public interface Job {

    /** For work that ran to its end before the caller got the handle (nothing is left to stop). */
    Job FINISHED = () -> { };

    void cancel();
}

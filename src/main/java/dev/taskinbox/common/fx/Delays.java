package dev.taskinbox.common.fx;

import java.time.Duration;

/** Runs something on the FX thread after a while, cancellably. Tests drive time by hand. */
public interface Delays {

    /** A scheduled action that can still be called off. */
    interface Pending {
        void cancel();
    }

    Pending after(Duration delay, Runnable action);
}

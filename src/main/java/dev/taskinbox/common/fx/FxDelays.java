package dev.taskinbox.common.fx;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link Delays} on the FX thread's own clock: no thread is held while waiting. */
public final class FxDelays implements Delays {

    @Override
    public Pending after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}

package dev.taskinbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The guard itself: what a callback throws on the FX thread is caught for the test it happened in. */
class FxExceptionsFailTestsTest {

    @Test
    void anExceptionInAnFxCallbackIsCaughtForTheTest() throws Exception {
        FxToolkit.registerPrimaryStage();

        Platform.runLater(() -> {
            throw new IllegalStateException("a listener broke");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(FxExceptionsFailTests.takeThrown()).singleElement().asString().contains("a listener broke");
    }
}

package dev.taskinbox.app;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.settings.AppSettings;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX theme for the whole app: Primer light or dark. */
final class Themes {
    private Themes() {
    }

    /** The theme the rep chose: dark, light, or the desktop's, asked off the FX thread (until it answers, the chosen one). */
    static void apply(AppSettings chosen, TaskRunner runner) {
        apply(chosen.darkTheme());
        if (chosen.systemTheme()) {
            runner.run("desktop theme", SystemTheme::prefersDark, dark -> apply(dark.orElse(chosen.darkTheme())), failure -> { });
        }
    }

    static void apply(boolean dark) {
        // The binary form of the theme: read several times faster than its CSS at start-up.
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}

package dev.taskinbox.app;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ReplyTaskGateway;
import java.net.URI;
import java.util.List;

/**
 * Once the opening window is drawn, while the FX thread builds the real one, a second thread
 * loads what the window and the first requests need next: the HTTP client stack and the controls'
 * skins. Only loading, no work: nothing is sent and nothing is kept. Best effort; if any of it
 * fails, the app simply loads it later itself.
 */
final class StartupWarmup {
    /** Skins and parts of the window's controls: loaded (not initialised) so the FX thread finds them ready. */
    private static final List<String> CLASSES = List.of(
            "javafx.scene.control.skin.TableViewSkin",
            "javafx.scene.control.skin.TableRowSkin",
            "javafx.scene.control.skin.TableCellSkin",
            "javafx.scene.control.skin.TableHeaderRow",
            "javafx.scene.control.skin.TableColumnHeader",
            "javafx.scene.control.skin.VirtualFlow",
            "javafx.scene.control.skin.ScrollBarSkin",
            "javafx.scene.control.skin.ButtonSkin",
            "javafx.scene.control.skin.ToggleButtonSkin",
            "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.skin.TextFieldSkin",
            "javafx.scene.control.skin.TextAreaSkin",
            "javafx.scene.control.skin.ComboBoxListViewSkin",
            "javafx.scene.control.skin.ChoiceBoxSkin",
            "javafx.scene.control.skin.MenuButtonSkin",
            "javafx.scene.control.skin.SplitPaneSkin",
            "javafx.scene.control.skin.ScrollPaneSkin",
            "javafx.scene.control.skin.ProgressIndicatorSkin",
            "javafx.scene.control.skin.ProgressBarSkin",
            "javafx.scene.control.skin.HyperlinkSkin",
            "javafx.scene.control.Tooltip",
            "javafx.scene.text.TextFlow",
            "org.kordamp.ikonli.javafx.FontIcon",
            "org.kordamp.ikonli.material2.Material2AL",
            "org.kordamp.ikonli.material2.Material2MZ");

    private StartupWarmup() {
    }

    static void begin() {
        Thread thread = new Thread(StartupWarmup::run, "start-up warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            // Builds (and drops) a client: OkHttp, Retrofit and Gson load here, not on the first request.
            ReplyTaskGateway.create(new ApiEndpoint(URI.create("http://127.0.0.1:9")), "warm-up");
            ClassLoader loader = StartupWarmup.class.getClassLoader();
            for (String name : CLASSES) {
                Class.forName(name, false, loader);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notWorthIt) {
            // Only a head start; the app loads whatever is missing when it needs it.
        }
    }
}

package dev.taskinbox.app;

import atlantafx.base.theme.PrimerLight;
import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.settings.FileApiKeyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.stage.Stage;

/** Puts the app's window on a test's stage in the app's theme and starts it, as TaskInboxApp does. */
final class AppOnStage {
    private AppOnStage() {
    }

    /**
     * The app as a rep starts it with a key and {@code --api-url}, pointed at {@code server}, with
     * its folders under {@code home} (never the real home folder).
     */
    static AppContext connectedTo(DemoServer server, Path home, UnaryOperator<ClientOptions> tune) {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        return AppContext.create(new LaunchConfig(false, server.root().toString(), "k"), Clock.systemUTC(), dirs,
                new FileApiKeyStore(dirs.config().resolve("api-key")), tune);
    }

    /**
     * The app on its embedded demo data, as {@code mvn javafx:run} starts it, with its folders under
     * a new temporary home and its key in a file there: never the real home folder or keyring.
     */
    static AppContext onDemoData(Clock clock) throws IOException {
        Path home = Files.createTempDirectory("demo-flow");
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        return AppContext.create(LaunchConfig.resolve(List.of(), Map.of()), clock, dirs,
                new FileApiKeyStore(dirs.config().resolve("api-key")));
    }

    /**
     * The app connected to {@code server} (a Reply that is not its embedded demo), in a fresh
     * temporary home, with a budget roomy enough for a flow, shown on {@code stage}.
     */
    static AppContext shownAgainst(Stage stage, DemoServer server, UnaryOperator<AppContext> before) throws IOException {
        AppContext context = connectedTo(server, Files.createTempDirectory("flow"),
                options -> options.withBudget(dev.taskinbox.support.TestBudgets.roomy()));
        return show(stage, before.apply(context));
    }

    static AppContext show(Stage stage, AppContext context) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.titleProperty().bind(context.window().titleProperty());
        stage.setScene(context.window().scene());
        stage.show();
        context.start();
        return context;
    }
}

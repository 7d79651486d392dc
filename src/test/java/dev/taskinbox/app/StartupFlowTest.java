package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.drafts.FileDraftStore;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.send.FileSendJournal;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.FileApiKeyStore;
import dev.taskinbox.settings.SettingsStore;
import dev.taskinbox.support.FxThreadNeverBlocks;
import dev.taskinbox.task.Draft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A start with everything on disk that a day leaves behind (settings, a draft, a send the last run
 * left unfinished), the way TaskInboxApp starts: the reads happen on a worker, the window is built
 * on the FX thread, and the FX thread never waits on a file (FxThreadNeverBlocks fails it if it does).
 */
@ExtendWith(ApplicationExtension.class)
class StartupFlowTest {
    private static final long DRAFTED = 5003;
    private static final long UNFINISHED = 5002;

    private DemoServer server;
    private AppContext context;
    private AppDirs dirs;

    @Start
    void start(Stage stage) throws Exception {
        server = DemoServer.start(DemoOptions.defaults(), 0);
        Path home = Files.createTempDirectory("startup-flow");
        dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        // Set-up writes files: off the FX thread, like everything else here.
        CompletableFuture.runAsync(this::leaveADayBehind).get(30, TimeUnit.SECONDS);
        LaunchConfig config = new LaunchConfig(false, server.root().toString(), "k");
        AppContext.Prepared prepared = CompletableFuture.supplyAsync(() -> AppContext.prepare(config,
                Clock.systemUTC(), dirs, new FileApiKeyStore(dirs.config().resolve("api-key")), UnaryOperator.identity()))
                .get(30, TimeUnit.SECONDS);
        context = AppOnStage.show(stage, prepared.build());
    }

    private void leaveADayBehind() {
        new SettingsStore(dirs.config().resolve("settings.properties"))
                .save(new AppSettings("", "", 3, "", false, "", ""));
        FileDraftStore drafts = new FileDraftStore(dirs.data().resolve("drafts.properties"), Clock.systemUTC());
        drafts.save(new Draft(DRAFTED, "", "My words from yesterday", null));
        drafts.close();
        new FileSendJournal(dirs.data().resolve("send-journal.properties"), Clock.systemUTC()).begin(UNFINISHED);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void yesterdaysDraftAndUnfinishedSendAreThereAndTheFxThreadNeverWaited(FxRobot robot) throws Exception {
        var table = FlowRobot.table(robot);
        waitFor("the tasks are listed", () -> table.getItems().size() >= 60);
        TaskRow drafted = table.getItems().stream().filter(row -> row.id() == DRAFTED).findFirst().orElseThrow();

        assertThat(drafted.draftProperty().get()).as("the draft from disk marks its row").isTrue();
        waitFor("the unfinished send is checked with Reply", () -> server.requests().stream()
                .filter(r -> r.path().equals("/v3/tasks/" + UNFINISHED)).count() >= 2);
        assertThat(server.executeCalls(UNFINISHED)).as("checked, never sent on its own").isZero();
    }

    @Test
    void theSameStartOnTheFxThreadWouldBeCaught() throws Exception {
        AppContext.Prepared onFxThread = WaitForAsyncUtils.asyncFx(() -> AppContext.prepare(
                new LaunchConfig(false, server.root().toString(), "k"), Clock.systemUTC(), dirs,
                new FileApiKeyStore(dirs.config().resolve("api-key")), UnaryOperator.identity()))
                .get(30, TimeUnit.SECONDS);
        ((FileDraftStore) onFxThread.stores().drafts()).close();

        assertThat(FxThreadNeverBlocks.takeCaught()).as("start-up reads files: they must stay off the FX thread")
                .anySatisfy(caught -> assertThat(caught).contains("dev.taskinbox"));
    }
}

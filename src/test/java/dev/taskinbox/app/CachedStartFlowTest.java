package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.settings.FileApiKeyStore;
import dev.taskinbox.support.TestBudgets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import dev.taskinbox.task.TaskType;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The last list shows at once on the next start, before Reply answers, and stays when Reply cannot be reached. */
@ExtendWith(ApplicationExtension.class)
class CachedStartFlowTest {
    private DemoServer server;
    private AppContext context;
    private Stage stage;
    private Path home;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = DemoServer.start(DemoOptions.defaults(), 0);
        home = Files.createTempDirectory("cached-start");
        context = AppOnStage.show(stage, prepare(server).build());
    }

    private AppContext.Prepared prepare(DemoServer against) {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        return AppContext.prepare(new LaunchConfig(false, against.root().toString(), "k"), Clock.systemUTC(), dirs,
                new FileApiKeyStore(dirs.config().resolve("api-key")), (ClientOptions options) -> options.withBudget(TestBudgets.roomy()));
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    /** Runs once, reads the whole list, and closes: the list is on disk for the next start. */
    private long firstRunSelectsTheThird(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(2));
        long chosen = table.getSelectionModel().getSelectedItem().id();
        Path cache = home.resolve("data").resolve("queue-cache.properties");
        waitFor("the list is saved", () -> Files.exists(cache) && Files.readString(cache).contains("user.id"));
        waitFor("what was read since (zones, sequence names) is saved too, once it settled",
                () -> Files.readString(cache).contains(".zone=") && Files.readString(cache).contains("sequence."));
        assertThat(Files.getPosixFilePermissions(cache)).containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(cache)).doesNotContain("\"k\"").doesNotContain(".body");
        context.close();
        server.close();
        return chosen;
    }

    @Test
    void theCachedListShowsBeforeReplyAnswersAndTheLiveOneTakesItsPlaceKeepingTheRepsTask(FxRobot robot) throws Exception {
        firstRunSelectsTheThird(robot);
        server = DemoServer.start(DemoOptions.defaults().withLatency(Duration.ofSeconds(2)), 0);
        AppContext.Prepared restarted = prepare(server);

        robot.interact(() -> context = AppOnStage.show(stage, restarted.build()));

        TableView<TaskRow> table = FlowRobot.table(robot);
        assertThat(table.getItems()).as("shown before any answer").hasSize(70);
        assertThat(context.window().inbox().messageProperty().get()).startsWith("Your list as of ").endsWith(" · refreshing…");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(4));
        long browsing = table.getSelectionModel().getSelectedItem().id();
        TaskRow cachedRow = table.getSelectionModel().getSelectedItem();

        waitFor("the live list is in", () -> context.window().inbox().stateProperty().get() == InboxViewModel.LoadState.LOADED);
        waitFor("the rep's task is selected again", () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id() == browsing);
        assertThat(table.getSelectionModel().getSelectedItem()).as("a live row now").isNotSameAs(cachedRow);
        assertThat(table.getItems()).hasSize(70);
        assertThat(context.window().inbox().messageProperty().get()).isEqualTo("70 tasks to do.");
    }

    @Test
    void withReplyUnreachableTheCachedQueueStaysWithItsDueCountAndNothingCanBeSent(FxRobot robot) throws Exception {
        firstRunSelectsTheThird(robot);
        AppContext.Prepared offline = prepare(server);   // the server is closed: its port refuses

        robot.interact(() -> context = AppOnStage.show(stage, offline.build()));

        TableView<TaskRow> table = FlowRobot.table(robot);
        assertThat(table.getItems()).hasSize(70);
        waitFor("Reply did not answer", () -> context.window().inbox().stateProperty().get() != InboxViewModel.LoadState.LOADING);
        assertThat(table.getItems()).as("the cached queue stays").hasSize(70);
        assertThat(table.getItems()).as("with their zones").anyMatch(row -> row.contactZoneProperty().get() != null);
        assertThat(context.window().inbox().sequenceNames()).as("and the sequences' names").isNotEmpty();
        assertThat(robot.lookup("#sequences").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .as("the side bar lists the sequences").isNotEmpty();
        assertThat(context.window().inbox().messageProperty().get()).startsWith("Your list as of ")
                .endsWith("Nothing can be sent until Reply answers; F5 tries again.");
        assertThat(stage.getTitle()).matches("\\(\\d+\\) Task Inbox.*");
        assertThat(robot.lookup("#preview-send").queryButton().isDisabled()).as("no send on cached data").isTrue();
    }

    @Test
    void offlineATaskReadBeforeShowsAsItsCopyTakesAnEditAndIsReadAfreshBeforeItCanBeSent(FxRobot robot) throws Exception {
        FlowRobot.loaded(robot);
        TaskRow sms = FlowRobot.selectFirstSendable(robot, server, row -> row.summary().type() == TaskType.SMS);
        String body = context.preview().editor().bodyProperty().get();
        Path copies = home.resolve("data").resolve("task-copies.properties");
        waitFor("the task read is kept", () -> Files.exists(copies) && Files.readString(copies).contains(sms.id() + ".readAt"));
        assertThat(Files.getPosixFilePermissions(copies)).containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(copies)).doesNotContain("\"k\"");
        int port = server.root().getPort();
        context.close();
        server.close();
        AppContext.Prepared offline = prepare(server);
        robot.interact(() -> context = AppOnStage.show(stage, offline.build()));
        TableView<TaskRow> table = FlowRobot.table(robot);
        waitFor("Reply did not answer", () -> context.window().inbox().stateProperty().get() != InboxViewModel.LoadState.LOADING);

        TaskRow cachedSms = table.getItems().stream().filter(row -> row.id() == sms.id()).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(cachedSms));
        robot.clickOn(robot.lookup(".table-row-cell").match((TableRow<TaskRow> r) -> r.getItem() == cachedSms).queryAs(Node.class));

        Label blocked = robot.lookup("#preview-blocked").queryAs(Label.class);
        waitFor("the copy is shown", () -> blocked.getText().startsWith("Reply cannot be reached: this is the task as read at "));
        assertThat(blocked.getText()).endsWith("Send waits until Reply answers (F5 tries again).");
        assertThat(context.preview().editor().bodyProperty().get()).as("the message as read").isEqualTo(body);
        assertThat(robot.lookup("#preview-send").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.E);
        assertThat(context.preview().editingProperty().get()).as("E edits the copy").isTrue();
        robot.write(" See you!");
        assertThat(context.preview().editor().bodyProperty().get()).isEqualTo(body + " See you!");
        Path drafts = home.resolve("data").resolve("drafts.properties");
        waitFor("the edit is kept on disk", () -> Files.exists(drafts) && Files.readString(drafts).contains("See you"));
        robot.type(KeyCode.ESCAPE);

        server = DemoServer.start(DemoOptions.defaults(), port);   // Reply answers again, at the same address
        robot.type(KeyCode.F5);

        // The live list first (its rows replace the cached ones and the rep's task is selected again, which
        // shows it anew), then the fresh read: waiting on the preview alone raced the reload, between whose
        // states the pane is briefly empty and Send briefly off.
        waitFor("the live list is in, the rep's task selected again", () -> context.window().inbox().stateProperty().get()
                == InboxViewModel.LoadState.LOADED && context.window().inbox().messageProperty().get().endsWith("tasks to do.")
                && table.getSelectionModel().getSelectedItem() != null && table.getSelectionModel().getSelectedItem().id() == sms.id());
        WaitForAsyncUtils.waitForFxEvents();
        waitFor("the task is read afresh", () -> server.requests().stream().anyMatch(r -> r.path().equals("/v3/tasks/" + sms.id()))
                && !context.preview().loadingProperty().get() && context.preview().gate().copyReadAtProperty().get() == null
                && context.preview().detailProperty().get() != null && context.preview().detailProperty().get().id() == sms.id()
                && !robot.lookup("#preview-send").queryButton().isDisabled());
        assertThat(context.preview().editor().bodyProperty().get()).as("the rep's edit kept").isEqualTo(body + " See you!");
        FlowRobot.click(robot, "#preview-send");
        waitFor("sent once, and the app knows", () -> server.task(sms.id()).finished()
                && table.getItems().stream().noneMatch(row -> row.id() == sms.id()
                        && row.statusProperty().get() == dev.taskinbox.task.TaskStatus.NEW));
        assertThat(server.sentMessages()).hasSize(1);
        assertThat(server.sentMessages().get(0).body()).endsWith("See you!");
    }
}

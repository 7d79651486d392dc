package dev.taskinbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.HeldRunner;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.nio.file.Path;
import java.util.Map;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The task table alone: a placeholder of its own for each reason it is empty, and the prospect's time. */
@ExtendWith(ApplicationExtension.class)
class InboxViewTest {
    /** 10:00 UTC on the fake gateway's day: 05:00 in New York. */
    private static final Clock CLOCK = Clock.fixed(FakeTaskGateway.DUE, ZoneOffset.UTC);

    private final FakeTaskGateway gateway = new FakeTaskGateway();
    private final HeldRunner runner = new HeldRunner();
    private InboxViewModel inbox;

    @Start
    void start(Stage stage) {
        for (long id = 1; id <= 3; id++) {
            gateway.add(FakeTaskGateway.task(id, TaskType.SMS, null));
        }
        inbox = new InboxViewModel(gateway, runner, CLOCK);
        stage.setScene(new Scene(new InboxView(inbox, CLOCK), 700, 400));
        stage.show();
    }

    /** Runs what the held runner holds, and what that starts, to the end. */
    private void finish(FxRobot robot) {
        robot.interact(() -> {
            while (!runner.held.isEmpty()) {
                List<Runnable> now = new ArrayList<>(runner.held);
                runner.held.clear();
                now.forEach(Runnable::run);
            }
        });
    }

    private boolean showing(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String words(FxRobot robot, String id) {
        return robot.lookup("#" + id + " .placeholder").queryLabeled().getText();
    }

    @Test
    void whileLoadingItSaysSoThenShowsTheRows(FxRobot robot) {
        robot.interact(inbox::load);
        assertThat(showing(robot, "placeholder-loading")).isTrue();
        assertThat(words(robot, "placeholder-loading")).isEqualTo("Loading your tasks…");

        finish(robot);

        assertThat(showing(robot, "placeholder-loading")).isFalse();
        assertThat(robot.lookup(".table-row-cell").queryAll()).isNotEmpty();
    }

    @Test
    void aCachedListOfAnotherAccountGoesAndTheListSaysItIsLoadingNotThatNothingMatches(FxRobot robot,
            @TempDir Path folder) throws Exception {
        QueueCache cache = QueueCache.at(folder.resolve("queue-cache.properties"));
        cache.write(new QueueCache.Snapshot(FakeTaskGateway.DUE, new CurrentUser(7, "Someone Else"),
                List.of(new QueueCache.Entry(new TaskSummary(99, TaskType.CALL, TaskStatus.NEW, null, "Cached Contact",
                        FakeTaskGateway.DUE, FakeTaskGateway.DUE, null, null, false, 5L), null, "Step 1", null)), Map.of()));
        cache.read();
        robot.interact(() -> inbox.cached().show(cache));
        robot.interact(inbox::load);
        assertThat(inbox.visibleRows()).as("the cached row, while Reply is asked").hasSize(1);

        // Reply answers "who am I" with another account: the cached row goes, the list is still loading.
        robot.interact(() -> runner.held.remove(0).run());

        assertThat(inbox.visibleRows()).isEmpty();
        assertThat(showing(robot, "placeholder-loading")).as("a placeholder made while the row was there is not kept").isTrue();
        assertThat(showing(robot, "placeholder-no-match")).isFalse();
        assertThat(inbox.messageProperty().get()).as("nor 'your list as of'").isEqualTo("Loading tasks…");
    }

    @Test
    void nothingToDoIsNotTheSameAsNothingMatching(FxRobot robot) {
        robot.interact(inbox::load);
        finish(robot);
        robot.interact(() -> inbox.filters().searchProperty().set("nobody here"));

        assertThat(showing(robot, "placeholder-no-match")).isTrue();
        robot.clickOn("#placeholder-no-match-action");

        assertThat(inbox.filters().searchProperty().get()).isEmpty();
        assertThat(inbox.visibleRows()).hasSize(3);
    }

    @Test
    void anEmptyQueueSaysThereIsNothingToDo(FxRobot robot) {
        FakeTaskGateway empty = new FakeTaskGateway();
        InboxViewModel emptyInbox = new InboxViewModel(empty, runner, CLOCK);
        robot.interact(() -> robot.window(0).getScene().setRoot(new InboxView(emptyInbox, CLOCK)));
        robot.interact(emptyInbox::load);
        finish(robot);

        assertThat(showing(robot, "placeholder-empty")).isTrue();
        assertThat(words(robot, "placeholder-empty")).isEqualTo("Nothing to do. Enjoy the quiet.");
    }

    @Test
    void aRefusedKeyAndNoConnectionEachSayWhatHappenedAndOfferToTryAgain(FxRobot robot) {
        gateway.failNext(new GatewayException(GatewayException.Kind.UNAUTHORIZED,
                "Reply did not accept the API key. Check it in Settings."));
        robot.interact(inbox::load);
        finish(robot);
        assertThat(words(robot, "placeholder-failed"))
                .isEqualTo("Could not load tasks. Reply did not accept the API key. Check it in Settings.");

        gateway.failNext(new GatewayException(GatewayException.Kind.NOT_SENT, "Reply could not be reached."));
        robot.clickOn("#placeholder-failed-action");
        finish(robot);
        assertThat(showing(robot, "placeholder-offline")).isTrue();
        assertThat(words(robot, "placeholder-offline")).startsWith("Reply cannot be reached");

        robot.clickOn("#placeholder-offline-action");
        finish(robot);
        assertThat(inbox.visibleRows()).hasSize(3);
    }

    @Test
    void theProspectsTimeShowsOnceTheirZoneIsKnown(FxRobot robot) {
        robot.interact(inbox::load);
        finish(robot);

        robot.interact(() -> inbox.contactZoneKnown(2, ZoneId.of("America/New_York")));

        List<String> times = robot.lookup(".table-cell").match((TableCell<?, ?> cell) ->
                cell.getTableColumn() != null && "column-local-time".equals(cell.getTableColumn().getId())
                        && cell.getText() != null).queryAllAs(TableCell.class).stream()
                .map(cell -> cell.getText()).toList();
        assertThat(times).containsExactly("05:00");
    }

    @Test
    void aColumnClickSortsAndTheSelectedTaskStaysSelected(FxRobot robot) {
        robot.interact(inbox::load);
        finish(robot);
        @SuppressWarnings("unchecked")
        TableView<TaskRow> table = robot.lookup("#task-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        TaskRow selected = table.getSelectionModel().getSelectedItem();

        robot.clickOn("Contact");
        robot.clickOn("Contact");   // second click: Z to A

        assertThat(table.getItems()).extracting(row -> row.summary().contactName())
                .containsExactly("Contact 3", "Contact 2", "Contact 1");
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(selected);
    }
}

package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Spread overdue over three days, one a day: each selected task is moved once, into 9:00 of its day. */
@ExtendWith(ApplicationExtension.class)
class BacklogFlowTest {
    private DemoServer server;
    private AppContext context;

    @Start
    void start(Stage stage) throws IOException {
        server = DemoServer.start(DemoOptions.defaults(), 0);
        context = AppOnStage.shownAgainst(stage, server, UnaryOperator.identity());
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void threeOverdueTasksGoToThreeWorkingMorningsOnceEach(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        robot.press(KeyCode.SHIFT, KeyCode.J).release(KeyCode.J).press(KeyCode.J).release(KeyCode.J, KeyCode.SHIFT);
        waitFor("three are selected", () -> table.getSelectionModel().getSelectedItems().size() == 3);
        List<TaskRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        assertThat(chosen).allMatch(row -> row.summary().isOverdue(java.time.Instant.now()));

        FlowRobot.click(robot, "#queue-menu");
        FlowRobot.click(robot, "#queue-spread");
        waitFor("the plan is shown", () -> robot.lookup("#backlog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        Spinner<Integer> perDay = robot.lookup("#spread-per-day").queryAs(Spinner.class);
        java.util.Map<Long, ZoneId> zones = new java.util.HashMap<>();
        ZoneId mine = ZoneId.systemDefault();
        // The plan is made from the zones known as it is made: take them in the same FX turn.
        robot.interact(() -> {
            perDay.getValueFactory().setValue(1);
            chosen.forEach(row -> zones.put(row.id(), row.contactZoneProperty().get() == null ? mine : row.contactZoneProperty().get()));
        });
        assertThat(robot.lookup("#backlog-move").queryButton().getText()).isEqualTo("Move 3 tasks");
        FlowRobot.click(robot, "#backlog-move");

        waitFor("all three are moved", () -> robot.lookup("#status-message").queryLabeled().getText().equals("Moved 3 of 3 tasks."));
        Set<LocalDate> days = chosen.stream().map(row -> {
            ZonedDateTime due = server.task(row.id()).dueTo().atZone(zones.get(row.id()));
            assertThat(due.toLocalTime()).as("task %d at 9:00 where it is due", row.id()).isEqualTo(LocalTime.of(9, 0));
            assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(due.toLocalDate()).isAfter(LocalDate.now(mine));
            return due.toLocalDate();
        }).collect(Collectors.toSet());
        assertThat(days).as("one a day").hasSize(3);
        for (TaskRow row : chosen) {
            String path = "/v3/tasks/" + row.id();
            assertThat(server.requests()).as("one update of task %d", row.id())
                    .filteredOn(r -> r.method().equals("PUT") && r.path().equals(path)).hasSize(1);
        }
    }

    @Test
    void awayMovesWhatFallsDueInTheRangeToAfterItShownFirst(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        ZoneId mine = ZoneId.systemDefault();
        LocalDate from = LocalDate.now(mine).plusDays(1);
        LocalDate to = from.plusDays(2);
        List<Long> dueThen = table.getItems().stream().filter(row -> {
            LocalDate due = row.summary().dueTo().atZone(mine).toLocalDate();
            return !due.isBefore(from) && !due.isAfter(to) && !row.summary().scheduled();
        }).map(TaskRow::id).toList();
        assertThat(dueThen).as("the demo has tasks due in those days").isNotEmpty();

        FlowRobot.click(robot, "#queue-menu");
        FlowRobot.click(robot, "#queue-away");
        waitFor("the plan is shown", () -> robot.lookup("#backlog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#away-from").queryAs(javafx.scene.control.DatePicker.class).setValue(from);
            robot.lookup("#away-to").queryAs(javafx.scene.control.DatePicker.class).setValue(to);
            @SuppressWarnings("unchecked")
            Spinner<Integer> perDay = robot.lookup("#away-per-day").queryAs(Spinner.class);
            perDay.getValueFactory().setValue(200);
        });
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> preview = robot.lookup("#backlog-preview").queryAs(javafx.scene.control.ListView.class);
        assertThat(preview.getItems()).filteredOn(line -> !line.startsWith("Stays:")).hasSize(dueThen.size());
        assertThat(server.requests()).as("nothing moves before the rep says so").noneMatch(r -> r.method().equals("PUT"));
        FlowRobot.click(robot, "#backlog-move");

        waitFor("all are moved", () -> robot.lookup("#status-message").queryLabeled().getText()
                .equals("Moved " + dueThen.size() + " of " + dueThen.size() + (dueThen.size() == 1 ? " task." : " tasks.")));
        for (long id : dueThen) {
            assertThat(server.task(id).dueTo().atZone(mine).toLocalDate()).as("task %d after the time away", id).isAfter(to);
        }
    }
}

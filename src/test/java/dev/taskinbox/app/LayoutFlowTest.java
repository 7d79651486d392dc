package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.inbox.TaskView;
import dev.taskinbox.support.TestBudgets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After a restart the window comes back as the rep left it: size, dividers, columns, sort, view. */
@ExtendWith(ApplicationExtension.class)
class LayoutFlowTest {
    private DemoServer server;
    private AppContext context;
    private Stage stage;
    private Path home;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = DemoServer.start(DemoOptions.defaults(), 0);
        home = Files.createTempDirectory("layout");
        context = AppOnStage.show(stage, AppOnStage.connectedTo(server, home, options -> options.withBudget(TestBudgets.roomy())));
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    @Test
    void theWindowComesBackAsItWasLeft(FxRobot robot) throws Exception {
        FlowRobot.loaded(robot);
        robot.interact(() -> {
            stage.setWidth(1200);
            stage.setHeight(760);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            context.window().panes().setDividerPositions(0.16, 0.6);
            TableView<TaskRow> table = context.window().table();
            TableColumn<TaskRow, ?> due = column(table, "column-due");
            table.getColumns().remove(due);
            table.getColumns().add(0, due);
            column(table, "column-contact").setPrefWidth(180);
            TableColumn<TaskRow, ?> contact = column(table, "column-contact");
            contact.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(contact));
            context.window().inbox().filters().viewProperty().set(TaskView.OVERDUE);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        WindowLayout[] left = new WindowLayout[1];
        robot.interact(() -> left[0] = LayoutKeeper.capture(stage, context.window()));
        left[0].save(home.resolve("config").resolve("layout.properties"));

        context.close();
        AppContext next = AppOnStage.connectedTo(server, home, options -> options.withBudget(TestBudgets.roomy()));
        Optional<WindowLayout> saved = WindowLayout.load(home.resolve("config").resolve("layout.properties"));
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            context = AppOnStage.show(stage, next);
            LayoutKeeper.apply(stage, context.window(), saved, List.of(new Rectangle2D(0, 0, 1280, 800)));
        });

        TableView<TaskRow> table = context.window().table();
        waitFor("the list is back", () -> context.window().inbox().rows().size() == 70);
        assertThat(stage.getWidth()).isEqualTo(1200);
        assertThat(stage.getHeight()).isEqualTo(760);
        assertThat(left[0].dividers().get(0)).isCloseTo(0.16, org.assertj.core.data.Offset.offset(0.01));
        waitFor("the dividers are back", () -> Math.abs(context.window().panes().getDividerPositions()[0] - left[0].dividers().get(0)) < 0.01
                && Math.abs(context.window().panes().getDividerPositions()[1] - left[0].dividers().get(1)) < 0.01);
        assertThat(table.getColumns().get(0).getId()).isEqualTo("column-due");
        assertThat(column(table, "column-contact").getPrefWidth()).isCloseTo(left[0].columns().stream()
                .filter(c -> c.id().equals("column-contact")).findFirst().orElseThrow().width(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(table.getSortOrder()).extracting(TableColumn::getId).containsExactly("column-contact");
        assertThat(table.getSortOrder().get(0).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(context.window().inbox().filters().viewProperty().get()).isEqualTo(TaskView.OVERDUE);
    }

    private static TableColumn<TaskRow, ?> column(TableView<TaskRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}

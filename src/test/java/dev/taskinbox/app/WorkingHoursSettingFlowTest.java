package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.TaskView;
import dev.taskinbox.support.TestBudgets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The prospects' working hours come from Settings: hours that never close put every task due today
 * in "In hours now" once the zones are read; a saved value that does not read is said, and the
 * default used (no setting can stop the app).
 */
@ExtendWith(ApplicationExtension.class)
class WorkingHoursSettingFlowTest {
    private DemoServer server;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = DemoServer.start(DemoOptions.defaults(), 0);
    }

    private void startWith(String hours, FxRobot robot) throws IOException {
        Path home = Files.createTempDirectory("hours");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config").resolve("settings.properties"), "guard.workingHours=" + hours + "\n");
        AppContext built = AppOnStage.connectedTo(server, home, options -> options.withBudget(TestBudgets.roomy()));
        robot.interact(() -> context = AppOnStage.show(stage, built));
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        server.close();
    }

    @Test
    void hoursThatNeverCloseShowEveryTaskDueTodayOnceTheZonesAreKnown(FxRobot robot) throws Exception {
        startWith("00:00-23:59 Mon,Tue,Wed,Thu,Fri,Sat,Sun", robot);
        var counts = context.window().inbox().counts();
        waitFor("every row knows its zone", () -> context.window().inbox().rows().size() == 70
                && context.window().inbox().rows().stream().allMatch(row -> row.contactZoneProperty().get() != null));
        waitFor("in hours now is everything due today", () -> counts.of(TaskView.TODAY).get() > 0
                && counts.of(TaskView.WORKING_NOW).get() == counts.of(TaskView.TODAY).get());
    }

    @Test
    void aSavedValueThatDoesNotReadIsSaidAndTheDefaultUsed(FxRobot robot) throws Exception {
        startWith("banana", robot);
        waitFor("the rep is told", () -> robot.lookup("#attention-text").tryQuery()
                .map(node -> ((javafx.scene.control.Labeled) node).getText()).orElse("")
                .startsWith("The working hours in the settings (\"banana\") do not read, so 08:00-18:00 Mon-Fri is used."));
        waitFor("the list still loads", () -> context.window().inbox().rows().size() == 70);
    }
}

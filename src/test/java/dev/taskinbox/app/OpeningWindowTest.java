package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.inbox.QueueCache;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window a rep sees while the app is made: their last list at once, where the list will be, and nothing cut. */
@ExtendWith(ApplicationExtension.class)
class OpeningWindowTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path home;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: the opening window sizes its stage as the rep left it, and the primary
        // stage is shared with the test classes that run after this one.
    }

    @AfterEach
    void closeTheStage(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    private AppDirs dirs() {
        return new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
    }

    /** Thirty tasks of every type, due from two hours ago onwards, the longest first in the file. */
    private void lastList() throws Exception {
        List<QueueCache.Entry> entries = new ArrayList<>();
        TaskType[] types = {TaskType.WHATSAPP, TaskType.MANUAL_EMAIL, TaskType.SMS, TaskType.CALL, TaskType.LINKED_IN,
            TaskType.TO_DO, TaskType.MEETING};
        for (int i = 0; i < 30; i++) {
            entries.add(new QueueCache.Entry(new TaskSummary(100 + i, types[i % types.length], TaskStatus.NEW, null,
                    i == 29 ? "Ingrid Haugen" : "Prospect " + i, NOW.minus(Duration.ofDays(1)),
                    NOW.plus(Duration.ofMinutes(10L * (29 - i) - 120)), null, 7L, false, 200L + i),
                    i % 2 == 0 ? "Europe/Stockholm" : "Not/AZone", i % 3 == 0 ? "" : "Step 2 - Call", null));
        }
        QueueCache.at(dirs().data().resolve(Stores.QUEUE_CACHE)).write(new QueueCache.Snapshot(NOW.minus(Duration.ofMinutes(8)),
                new CurrentUser(1, "Sam Seller"), entries, Map.of(7L, "Revive closed-lost")));
    }

    private void open(FxRobot robot, List<String> args) {
        OpeningWindow.read(dirs(), args);
        OpeningWindow.layout(dirs());   // waits for the read, as the toolkit's start-up usually does
        show(robot);
    }

    private void show(FxRobot robot) {
        robot.interact(() -> {
            if (stage != null) {
                stage.close();
            }
            stage = new Stage();
            OpeningWindow.show(stage, CLOCK);
        });
    }

    private static List<String> texts(Node row) {
        return ((HBox) row).getChildren().stream().map(cell -> ((Label) cell).getText()).toList();
    }

    @Test
    void theLastListShowsAtOnceSoonestDueFirstAsFarAsTheWindowHoldsAndNothingInItIsCut(FxRobot robot) throws Exception {
        lastList();
        open(robot, List.of());

        VBox list = robot.from(stage.getScene().getRoot()).lookup("#first-rows").queryAs(VBox.class);
        assertThat(texts(list.getChildren().get(0))).containsExactly("Type", "Contact", "Step", "Due", "Local", "Status");
        assertThat(list.getChildren()).as("a heading and the rows a full window holds, no more").hasSize(21);
        assertThat(texts(list.getChildren().get(1))).as("the soonest due first, as the list sorts it")
                .containsExactly("Email", "Ingrid Haugen", "Step 2 - Call", "2h overdue", "", "New");
        assertThat(texts(list.getChildren().get(2))).as("the prospect's time where the zone is known")
                .containsExactly("WhatsApp", "Prospect 28", "Step 2 - Call", "1h overdue", "10:00", "New");
        assertThat(texts(list.getChildren().get(3)).get(2)).as("no step name: the sequence's").isEqualTo("Revive closed-lost");
        assertThat(list.getChildren().get(1).getStyleClass()).contains("first-rows-overdue");
        assertThat(list.getChildren().get(20).getStyleClass()).doesNotContain("first-rows-overdue");
        assertThat(robot.from(stage.getScene().getRoot()).lookup("Your list as of 08:52 · opening…").tryQuery()).isPresent();
        assertThat(TruncationAuditTest.cut(stage.getScene().getRoot())).isEmpty();
        Node status = robot.from(stage.getScene().getRoot()).lookup(".status-line").query();
        assertThat(status.localToScene(status.getBoundsInLocal()).getMaxY()).as("the status line stays in the window")
                .isLessThanOrEqualTo(stage.getScene().getHeight() + 0.5);
    }

    @Test
    void theWindowOpensAtTheSizeLeftWithTheColumnsInTheRepsOrderAndWidths(FxRobot robot) throws Exception {
        lastList();
        new WindowLayout(new Rectangle2D(20, 30, 1100, 700), false, List.of(0.2, 0.6),
                List.of(new WindowLayout.Column("column-due", 150), new WindowLayout.Column("column-contact", 130)),
                "column-due", true, "ALL").save(OpeningWindow.layoutFile(dirs()));
        open(robot, List.of());

        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(700);
        VBox list = robot.from(stage.getScene().getRoot()).lookup("#first-rows").queryAs(VBox.class);
        List<Node> heading = ((Parent) list.getChildren().get(0)).getChildrenUnmodifiable();
        assertThat(texts(list.getChildren().get(0))).containsExactly("Due", "Contact", "Type", "Step", "Local", "Status");
        assertThat(((Label) heading.get(0)).getWidth()).isEqualTo(150);
        double listLeft = list.localToScene(list.getBoundsInLocal()).getMinX();
        assertThat(listLeft / stage.getScene().getWidth()).as("the side bar's share as left").isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theRowsComeInTheSortTheRepLeftTheListIn(FxRobot robot) throws Exception {
        lastList();
        new WindowLayout(new Rectangle2D(0, 0, 1280, 800), false, List.of(0.13, 0.64), List.of(),
                "column-contact", false, "ALL").save(OpeningWindow.layoutFile(dirs()));
        open(robot, List.of());

        VBox list = robot.from(stage.getScene().getRoot()).lookup("#first-rows").queryAs(VBox.class);
        assertThat(List.of(texts(list.getChildren().get(1)).get(1), texts(list.getChildren().get(2)).get(1),
                texts(list.getChildren().get(3)).get(1))).as("contact, Z to A").containsExactly("Prospect 9", "Prospect 8", "Prospect 7");
    }

    @Test
    void onDemoDataOrWithNoListItSaysItIsStarting(FxRobot robot) throws Exception {
        lastList();
        open(robot, List.of("--demo"));
        assertThat(robot.from(stage.getScene().getRoot()).lookup("#first-rows").tryQuery()).as("a real list is not the demo's").isEmpty();
        assertThat(robot.from(stage.getScene().getRoot()).lookup("Starting Task Inbox…").tryQuery()).isPresent();

        OpeningWindow.read(new AppDirs(home.resolve("none"), home.resolve("none"), home.resolve("none")), List.of());
        OpeningWindow.layout(dirs());
        show(robot);
        assertThat(robot.from(stage.getScene().getRoot()).lookup("Starting Task Inbox…").tryQuery()).isPresent();
    }

    @Test
    void theRealWindowWaitsUntilTheOpeningOneHasBeenDrawn(FxRobot robot) throws Exception {
        lastList();
        AtomicBoolean ran = new AtomicBoolean();
        OpeningWindow.read(dirs(), List.of());
        OpeningWindow.layout(dirs());
        robot.interact(() -> {
            stage = new Stage();
            OpeningWindow.show(stage, CLOCK);
            OpeningWindow.whenDrawn(() -> ran.set(true));
            assertThat(ran).as("not before a frame of the opening window").isFalse();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ran::get);

        AtomicBoolean again = new AtomicBoolean();
        robot.interact(() -> OpeningWindow.whenDrawn(() -> again.set(true)));
        assertThat(again).as("once drawn, at once").isTrue();
    }
}

package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import dev.taskinbox.inbox.TaskRow;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No cut words at 1280x800: every label, button and list cell the rep can see shows its whole
 * text, in the main window and in the windows opened over it.
 */
@ExtendWith(ApplicationExtension.class)
class TruncationAuditTest {
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws java.io.IOException {
        this.stage = stage;
        context = AppOnStage.onDemoData(Clock.systemDefaultZone());
        AppOnStage.show(stage, context);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    /** Every visible labeled node under {@code root} whose shown text is cut, as "its text → what shows". */
    static List<String> cut(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && child.isVisible() && !shown.getText().equals(labeled.getText().replace("_", ""))
                        && !shown.getText().equals(labeled.getText())
                        && shown.getText().endsWith(labeled.getEllipsisString().strip())) {
                    found.add(labeled.getClass().getSimpleName() + " '" + labeled.getText() + "' shows '" + shown.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, found));
        }
    }

    /** What is cut in the windows showing over the main one (or in the main one itself when {@code main}). */
    private List<String> cutIn(boolean main) {
        List<String> found = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && (window == stage) == main) {
                found.addAll(cut(window.getScene().getRoot()));
            }
        }
        return found;
    }

    @Test
    void theMainWindowShowsEveryWordInFull(FxRobot robot) throws Exception {
        FlowRobot.loaded(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cutIn(true)).isEmpty();
    }

    @Test
    void theShortcutListShowsEveryKeyInFull(FxRobot robot) throws Exception {
        FlowRobot.loaded(robot);
        // As "?" opens it (showAndWait: a pulse later, never inside the robot's own call).
        javafx.application.Platform.runLater(() -> ShortcutHelp.show(stage));
        FlowRobot.waitShown(robot, "#shortcut-help");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> help = cutIn(false);
        FlowRobot.click(robot, "#shortcut-help-close");

        assertThat(help).isEmpty();
    }

    @Test
    void settingsShowEveryWordInFull(FxRobot robot) throws Exception {
        FlowRobot.loaded(robot);
        FlowRobot.click(robot, "#settings");
        FlowRobot.waitShown(robot, "#settings-save");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> settings = cutIn(false);
        FlowRobot.click(robot, "#settings-cancel");

        assertThat(settings).isEmpty();
    }

    @Test
    void thePaletteTodayFollowUpAndHandOverShowEveryWordInFull(FxRobot robot) throws Exception {
        FlowRobot.loaded(robot);
        List<String> found = new ArrayList<>();
        for (KeyCode[] keys : new KeyCode[][] {{KeyCode.CONTROL, KeyCode.K}, {KeyCode.T}, {KeyCode.F}, {KeyCode.H}}) {
            robot.press(keys).release(keys);
            FlowRobot.waitShown(robot, ".dialog-pane");
            WaitForAsyncUtils.waitForFxEvents();
            found.addAll(cutIn(false));
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            FlowRobot.loaded(robot);
        }

        assertThat(found).isEmpty();
    }

    @Test
    void theBulkCheckShowsEveryWordInFull(FxRobot robot) throws Exception {
        FlowRobot.loaded(robot);
        robot.press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);   // the SMS: a check that reads ten, not seventy
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        FlowRobot.waitShown(robot, "#preflight-go");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = cutIn(false);
        robot.type(KeyCode.ESCAPE);   // never Enter: that would send

        assertThat(found).isEmpty();
        assertThat(context.demoServer().orElseThrow().sentMessages()).isEmpty();
    }

    /** Opens a window by the palette's words (as a rep who does not know its menu would), audits it and closes it. */
    private List<String> throughThePalette(FxRobot robot, String words, String shown) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        FlowRobot.waitShown(robot, "#palette-search");
        robot.clickOn("#palette-search").write(words).type(KeyCode.ENTER);
        return auditAndClose(robot, shown);
    }

    private List<String> auditAndClose(FxRobot robot, String shown) throws Exception {
        FlowRobot.waitShown(robot, shown);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = cutIn(false);
        snapshotOpenWindows(robot, shown);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return found;
    }

    @Test
    void theOutboxBacklogAndSnoozeWindowsShowEveryWordInFull(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        List<String> found = new ArrayList<>();
        found.addAll(throughThePalette(robot, "outbox", "#outbox"));
        FlowRobot.loaded(robot);
        found.addAll(throughThePalette(robot, "spread overdue", "#backlog"));
        FlowRobot.loaded(robot);
        found.addAll(throughThePalette(robot, "away", "#backlog"));
        FlowRobot.loaded(robot);
        robot.clickOn("#preview-snooze").clickOn("Pick a day…");
        found.addAll(auditAndClose(robot, ".date-picker"));
        TaskRow scheduled = table.getItems().stream().filter(row -> row.summary().scheduled()).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(scheduled));
            table.requestFocus();
        });
        robot.type(KeyCode.S);
        found.addAll(auditAndClose(robot, "#snooze-question"));

        assertThat(found).isEmpty();
        assertThat(table.getItems()).as("nothing was snoozed").contains(scheduled);
    }

    @Test
    void theSnippetPickerAndTheLinkDialogShowEveryWordInFull(FxRobot robot) throws Exception {
        FlowRobot.loaded(robot);
        FlowRobot.selectFirstSendable(robot, context.demoServer().orElseThrow(),
                row -> row.summary().type() == dev.taskinbox.task.TaskType.MANUAL_EMAIL);
        robot.type(KeyCode.E);
        List<String> found = new ArrayList<>();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        found.addAll(auditAndClose(robot, "#snippet-search"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        found.addAll(auditAndClose(robot, "#link-address"));

        assertThat(found).isEmpty();
        assertThat(context.demoServer().orElseThrow().sentMessages()).isEmpty();
    }

    @Test
    void thePreviewOfEveryTaskShowsItsWordsInFull(FxRobot robot) throws Exception {
        TableView<TaskRow> table = FlowRobot.loaded(robot);
        Node pane = robot.lookup("#preview-context").query();
        while (!(pane instanceof dev.taskinbox.preview.PreviewView)) {
            pane = pane.getParent();
        }
        Parent preview = (Parent) pane;
        List<String> found = new ArrayList<>();
        // One task of each type, and the ones with the longest names (within Reply's 100 reads a minute).
        List<TaskRow> rows = new ArrayList<>();
        table.getItems().stream().collect(java.util.stream.Collectors.toMap(row -> row.summary().type(), row -> row, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().forEach(rows::add);
        table.getItems().stream().sorted(java.util.Comparator.comparingInt((TaskRow row) -> row.summary().contactName().length()
                + row.stepNameProperty().get().length()).reversed()).limit(6).filter(row -> !rows.contains(row)).forEach(rows::add);
        for (TaskRow row : rows) {
            int index = table.getItems().indexOf(row);
            long id = row.id();
            robot.interact(() -> table.getSelectionModel().clearAndSelect(index));
            dev.taskinbox.support.Waits.waitFor("task " + id + " is shown", () -> context.preview().detailProperty().get() != null
                    && context.preview().detailProperty().get().id() == id);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> cut(preview).stream().filter(line -> !found.contains(line)).forEach(found::add));
        }

        assertThat(found).isEmpty();
    }

    /**
     * With {@code -Dtaskinbox.shots=<folder>}, each window open over the main one is saved there as a
     * PNG (as drawn headless), so every dialog can be looked at without a display.
     */
    private static void snapshotOpenWindows(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("taskinbox.shots");
        if (folder == null) {
            return;
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
        List<javafx.scene.image.WritableImage> images = new ArrayList<>();
        robot.interact(() -> Window.getWindows().stream().filter(window -> window.isShowing() && window.getScene() != null
                && window.getScene().getRoot().lookup(".dialog-pane") != null || window.getScene() != null
                && window.getScene().lookup(name) != null && window.isShowing()).forEach(window ->
                images.add(window.getScene().snapshot(null))));
        for (int i = 0; i < images.size(); i++) {
            javafx.scene.image.WritableImage image = images.get(i);
            java.awt.image.BufferedImage png = new java.awt.image.BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < png.getHeight(); y++) {
                for (int x = 0; x < png.getWidth(); x++) {
                    png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(png, "png", java.nio.file.Path.of(folder, name.replaceAll("[^a-z-]", "") + "-" + i + ".png")
                    .toFile());
        }
    }
}

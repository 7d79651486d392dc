package dev.taskinbox.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The email editor driven from the keyboard, as a rep would, checked by the HTML it says the email now is. */
@ExtendWith(ApplicationExtension.class)
class RichEmailAreaTest {
    private static final String TEMPLATE = "<p>Hi {{firstName}},</p><p>Worth a call on <b>Thursday</b>?</p><p>Best,<br>Sam</p>";
    private RichEmailArea area;
    private final List<String> asked = new ArrayList<>();
    private boolean agree;
    private final javafx.scene.control.Button after = new javafx.scene.control.Button("Next");

    @Start
    void start(Stage stage) {
        area = new RichEmailArea();
        area.setOnAskToFlatten(what -> {
            asked.add(what);
            return agree;
        });
        after.setId("after-editor");
        stage.setScene(new Scene(new javafx.scene.layout.VBox(new VirtualizedScrollPane<>(area), after), 500, 300));
        stage.show();
    }

    private void load(FxRobot robot, String html) {
        robot.interact(() -> area.load(html));
        robot.clickOn(area);
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        List<KeyCode> reversed = new ArrayList<>(List.of(codes));
        java.util.Collections.reverse(reversed);
        robot.release(reversed.toArray(KeyCode[]::new));
    }

    @Test
    void typingAtTheEndAndBoldingAWordChangesOnlyTheLastParagraph(FxRobot robot) {
        load(robot, TEMPLATE);

        keys(robot, KeyCode.CONTROL, KeyCode.END);
        robot.write(" and the team");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT);
        keys(robot, KeyCode.CONTROL, KeyCode.B);

        assertThat(area.htmlProperty().get())
                .isEqualTo("<p>Hi {{firstName}},</p><p>Worth a call on <b>Thursday</b>?</p><p>Best,<br>Sam and the <b>team</b></p>");
    }

    @Test
    void stylesPickedWithNothingSelectedApplyToWhatIsTypedNext(FxRobot robot) {
        load(robot, "<p>Hello</p>");

        keys(robot, KeyCode.CONTROL, KeyCode.END);
        robot.write(" ");
        keys(robot, KeyCode.CONTROL, KeyCode.I);
        robot.write("you");
        keys(robot, KeyCode.CONTROL, KeyCode.U);
        robot.write("!");

        assertThat(area.htmlProperty().get()).isEqualTo("<p>Hello <i>you</i><i><u>!</u></i></p>");
    }

    @Test
    void tabSelectsTheNextChipAndTypingFillsIt(FxRobot robot) {
        load(robot, "<p>Hi {{firstName}}, how is {{company}}?</p>");
        robot.interact(() -> area.moveTo(0));

        robot.type(KeyCode.TAB);
        robot.write("Olu");
        robot.type(KeyCode.TAB);
        robot.write("Acme");

        assertThat(area.htmlProperty().get()).isEqualTo("<p>Hi Olu, how is Acme?</p>");
        assertThat(area.lines().get(0).line().text()).isEqualTo("Hi Olu, how is Acme?");
        robot.type(KeyCode.TAB);
        assertThat(after.isFocused()).as("no chip left: Tab leaves the editor, it types no tab").isTrue();
        assertThat(area.getText()).doesNotContain("\t");
    }

    @Test
    void unfilledVariablesAreMarkedAsChipsAndTheMarkNeverReachesTheHtml(FxRobot robot) {
        load(robot, "<p>Hi {{firstName}}</p>");

        keys(robot, KeyCode.CONTROL, KeyCode.END);
        robot.write(", from {{company}}");
        robot.interact(() -> { });

        assertThat(area.getStyleOfChar(4).variable()).isTrue();
        assertThat(area.getStyleOfChar(area.getLength() - 3).variable()).as("typed, then marked").isTrue();
        assertThat(area.getStyleOfChar(1).variable()).isFalse();
        assertThat(area.htmlProperty().get()).isEqualTo("<p>Hi {{firstName}}, from {{company}}</p>");
    }

    @Test
    void listsAreToggledOnTheLinesSelected(FxRobot robot) {
        load(robot, "<p>Two things:</p><p>Fast</p><p>Cheap</p>");
        robot.interact(() -> area.selectRange(area.getText().indexOf("Fast"), area.getLength()));

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT8);

        assertThat(area.htmlProperty().get()).isEqualTo("<p>Two things:</p><ul><li>Fast</li><li>Cheap</li></ul>");
    }

    @Test
    void aBlockTheEditorCannotKeepIsLeftAloneUntilTheRepAgrees(FxRobot robot) {
        String html = "<p>Hi Ben,</p><table><tr><td>Sam Seller</td></tr></table>";
        load(robot, html);
        keys(robot, KeyCode.CONTROL, KeyCode.END);

        robot.write("x");
        assertThat(asked).containsExactly("a table");
        assertThat(area.htmlProperty().get()).isEqualTo(html);

        agree = true;
        robot.write("y");
        assertThat(asked).hasSize(2);
        assertThat(area.htmlProperty().get()).isEqualTo("<p>Hi Ben,</p><p>Sam Sellery</p>");
        robot.write("z");
        assertThat(asked).as("asked once per block").hasSize(2);
    }

    @Test
    void aLinkIsPutOnTheSelectionAndOnlyWebAndMailLinksAreWritten(FxRobot robot) {
        load(robot, "<p>Read the case</p>");
        robot.interact(() -> area.selectRange(9, 13));

        robot.interact(() -> area.link("https://acme.example/case"));
        assertThat(area.htmlProperty().get()).isEqualTo("<p>Read the <a href=\"https://acme.example/case\">case</a></p>");

        robot.interact(() -> area.link("javascript:alert(1)"));
        assertThat(area.htmlProperty().get()).isEqualTo("<p>Read the case</p>");
    }
}

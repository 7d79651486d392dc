package dev.taskinbox.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The preview pane alone, per task type. */
@ExtendWith(ApplicationExtension.class)
class PreviewViewTest {
    private PreviewViewModel preview;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        FakeTaskGateway gateway = new FakeTaskGateway()
                .add(FakeTaskGateway.task(1, TaskType.SMS, null))
                .add(FakeTaskGateway.task(2, TaskType.CALL, 301L))
                .add(FakeTaskGateway.task(3, TaskType.MANUAL_EMAIL, null))
                .add(withBody(FakeTaskGateway.task(4, TaskType.MANUAL_EMAIL, null),
                        "<p>Hi <b>Ann</b>, read <a href=\"https://acme.example/case\">the case</a>.</p><script>x()</script>"));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        preview = new PreviewViewModel(gateway, runner, new SendService(gateway, runner));
        preview.loadAccounts();
        PreviewView view = new PreviewView(preview);
        view.setLinkOpener(opened::add);
        stage.setScene(new Scene(view, 600, 700));
        stage.show();
    }

    private static TaskDetail withBody(TaskDetail t, String body) {
        return new TaskDetail(t.id(), t.type(), t.status(), null, t.contactId(), null, "", t.startAt(), t.dueTo(), null,
                false, false, t.template(), new MessageContent("Hi", body), t.target());
    }

    private void show(FxRobot robot, long id) {
        robot.interact(() -> preview.show(new TaskSummary(id, TaskType.UNKNOWN, TaskStatus.NEW, null, "", null, null,
                null, null, false)));
    }

    @Test
    void anSmsShowsItsLengthInCharactersAndMessages(FxRobot robot) {
        show(robot, 1);

        Label count = robot.lookup("#preview-sms-count").queryAs(Label.class);
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("16 characters · 1 SMS");
        assertThat(robot.lookup("#preview-send").queryButton().getText()).isEqualTo("Send");
    }

    @Test
    void aCallHasNoEditorButACallButtonAndComplete(FxRobot robot) {
        show(robot, 2);

        assertThat(robot.lookup("#preview-edit").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#preview-sms-count").queryAs(Label.class).isVisible()).isFalse();
        Button call = robot.lookup("#preview-open").queryButton();
        assertThat(call.getText()).isEqualTo("Call");
        assertThat(robot.lookup("#preview-send").queryButton().getText()).isEqualTo("Complete");
        assertThat(robot.lookup("#preview-call-outcome").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn(call);

        assertThat(opened).containsExactly("tel:+15550100");
    }

    @Test
    void anEmailOpensInTheMailAppAndShowsItsSender(FxRobot robot) {
        show(robot, 3);

        robot.clickOn("#preview-open");

        assertThat(opened).containsExactly("mailto:p3@example.com");
        assertThat(robot.lookup("#preview-call-outcome").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#preview-account").queryAs(Node.class).isDisabled()).isFalse();
    }

    @Test
    void anHtmlEmailIsShownFormattedAndItsLinkOpensOnlyWhenClicked(FxRobot robot) {
        show(robot, 4);

        TextFlow flow = robot.lookup("#preview-body-flow").queryAs(TextFlow.class);
        assertThat(flow.getChildren()).hasSize(5);
        assertThat(((Text) flow.getChildren().get(1)).getText()).isEqualTo("Ann");
        assertThat(flow.getChildren().get(1).getStyleClass()).contains("html-bold");
        assertThat(opened).isEmpty();

        robot.clickOn(robot.lookup(".html-link").queryAs(Hyperlink.class));

        assertThat(opened).containsExactly("https://acme.example/case");
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.compose.RichEmailArea;
import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.send.SendService;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.support.Queues;
import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.Priority;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
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
    private FakeTaskGateway gateway;
    private final ObservableMap<Long, String> sequenceNames = FXCollections.observableHashMap();
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        gateway = new FakeTaskGateway()
                .add(FakeTaskGateway.task(1, TaskType.SMS, null))
                .add(FakeTaskGateway.task(2, TaskType.CALL, 301L))
                .add(FakeTaskGateway.task(3, TaskType.MANUAL_EMAIL, null))
                .add(withBody(FakeTaskGateway.task(4, TaskType.MANUAL_EMAIL, null),
                        "<p>Hi <b>Ann</b>, read <a href=\"https://acme.example/case\">the case</a>.</p><script>x()</script>"))
                .add(handDone(5, TaskType.LINKED_IN, LinkedInAction.CONNECT,
                        new DeliveryTarget(null, null, "https://linkedin.example/in/ann"), "Glad to connect, Ann"))
                .add(handDone(6, TaskType.WHATSAPP, null, new DeliveryTarget(null, "+46 70 123 45 67", null), "Hej Ann!"))
                .add(handDone(7, TaskType.TO_DO, null, DeliveryTarget.NONE, "Send the deck by post"))
                .add(handDone(8, TaskType.MEETING, null, new DeliveryTarget("ann@example.com", null, null),
                        "Demo with Ann's team"))
                .add(FakeTaskGateway.task(9, TaskType.MANUAL_EMAIL, 301L))
                .add(withBody(FakeTaskGateway.task(10, TaskType.MANUAL_EMAIL, null), "<p>Hello {{firstName}}, about {{company}}</p>"))
                .add(new TaskDetail(11, TaskType.MANUAL_EMAIL, TaskStatus.NEW, null, 1L, null, "", null, FakeTaskGateway.DUE,
                        null, false, false, MessageContent.EMPTY, new MessageContent("Hi", "<p>Hi Ann</p>"), DeliveryTarget.NONE))
                .add(withBody(FakeTaskGateway.task(12, TaskType.SMS, null), "x".repeat(200)));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        preview = new PreviewViewModel(gateway, runner, Queues.withoutUndo(new SendService(gateway, runner)));
        preview.senders().load();
        PreviewView view = new PreviewView(preview);
        view.useSequenceNames(sequenceNames);
        view.setLinkOpener(opened::add);
        stage.setScene(new Scene(view, 600, 700));
        stage.show();
    }

    private static TaskDetail withBody(TaskDetail t, String body) {
        return new TaskDetail(t.id(), t.type(), t.status(), null, t.contactId(), null, "", t.startAt(), t.dueTo(), null,
                false, false, t.template(), new MessageContent("Hi", body), t.target());
    }

    private static TaskDetail handDone(long id, TaskType type, LinkedInAction action, DeliveryTarget target, String text) {
        TaskDetail t = FakeTaskGateway.task(id, type, 302L);
        return new TaskDetail(id, type, TaskStatus.NEW, action, 1L, 302L, "Step 3", t.startAt(), t.dueTo(), null,
                id == 6, id == 7, new MessageContent("", text), new MessageContent("", text), target);
    }

    private void show(FxRobot robot, long id) {
        robot.interact(() -> preview.show(new TaskSummary(id, TaskType.UNKNOWN, TaskStatus.NEW, null, "Ann Lee", null,
                null, null, null, false)));
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private boolean shown(FxRobot robot, String query) {
        // Shown: it is there (the rich editor is made only when first needed), and it and every parent is visible.
        for (Node node = robot.lookup(query).tryQuery().orElse(null); ; node = node.getParent()) {
            if (node == null || !node.isVisible()) {
                return false;
            }
            if (node.getParent() == null) {
                return true;
            }
        }
    }

    private String copied(FxRobot robot) {
        robot.clickOn("#preview-copy");
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
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

    @Test
    void aLinkedInTaskShowsItsKindTheProfileAndItsTextToCopy(FxRobot robot) {
        robot.interact(() -> sequenceNames.put(302L, "Q4 founders"));
        show(robot, 5);

        assertThat(text(robot, ".preview-heading")).isEqualTo("LinkedIn · Connect");
        assertThat(text(robot, "#preview-context")).isEqualTo("Ann Lee · Q4 founders · Step 3");
        assertThat(text(robot, "#preview-target")).isEqualTo("https://linkedin.example/in/ann");
        assertThat(robot.lookup("#preview-send").queryButton().getText()).isEqualTo("Complete");
        assertThat(copied(robot)).isEqualTo("Glad to connect, Ann");

        robot.clickOn("#preview-open");

        assertThat(opened).containsExactly("https://linkedin.example/in/ann");
    }

    @Test
    void whatsAppToDoAndMeetingShowTheirTextTargetAndFlags(FxRobot robot) {
        show(robot, 6);
        assertThat(text(robot, "#preview-target")).isEqualTo("+46 70 123 45 67");
        assertThat(text(robot, "#preview-flags")).startsWith("Failed before");
        assertThat(copied(robot)).isEqualTo("Hej Ann!");

        show(robot, 7);
        assertThat(text(robot, "#preview-target")).isEqualTo("— none —");
        assertThat(text(robot, "#preview-flags")).isEqualTo("Scheduled");
        assertThat(shown(robot, "#preview-open")).isFalse();
        assertThat(copied(robot)).isEqualTo("Send the deck by post");

        show(robot, 8);
        assertThat(text(robot, "#preview-target")).isEqualTo("ann@example.com");
        assertThat(shown(robot, "#preview-flags")).isFalse();
        assertThat(text(robot, "#preview-due")).isEqualTo(TaskContext.when(gateway.task(8, Priority.PREVIEW),
                java.time.ZoneId.systemDefault()));
        assertThat(copied(robot)).isEqualTo("Demo with Ann's team");
    }

    @Test
    void aSequenceEmailSaysWhyItsSenderCannotBePicked(FxRobot robot) {
        show(robot, 9);

        assertThat(robot.lookup("#preview-account").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(shown(robot, "#preview-account-note")).isTrue();
        assertThat(text(robot, "#preview-account-note")).isEqualTo("Sender set by the sequence");

        show(robot, 3);
        assertThat(shown(robot, "#preview-account-note")).isFalse();
    }

    @Test
    void anUnresolvedVariableIsPickedOutAndBlocksTheSend(FxRobot robot) {
        show(robot, 10);

        assertThat(robot.lookup(".html-unresolved").queryAllAs(Text.class)).extracting(Text::getText)
                .containsExactly("{{firstName}}", "{{company}}");
        assertThat(robot.lookup("#preview-send").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#preview-blocked")).contains("{{firstName}}", "{{company}}");

        robot.clickOn("#preview-edit");
        robot.interact(() -> preview.editor().bodyProperty().set("<p>Hello Ann, about Acme</p>"));
        robot.clickOn("#preview-edit");

        assertThat(robot.lookup(".html-unresolved").queryAll()).isEmpty();
        assertThat(robot.lookup("#preview-send").queryButton().isDisabled()).isFalse();
        assertThat(text(robot, "#preview-blocked")).isEmpty();
    }

    @Test
    void editingStartsOnTheFirstUnresolvedVariableSoTypingReplacesIt(FxRobot robot) {
        show(robot, 10);

        robot.clickOn("#preview-edit");
        robot.write("Ann");

        assertThat(preview.editor().bodyProperty().get()).isEqualTo("<p>Hello Ann, about {{company}}</p>");
        assertThat(text(robot, "#preview-blocked")).contains("{{company}}").doesNotContain("{{firstName}}");
    }

    @Test
    void anEmailIsEditedAsTheProspectReadsItWithItsHtmlOneClickAway(FxRobot robot) {
        show(robot, 3);
        robot.clickOn("#preview-edit");

        assertThat(shown(robot, "#preview-rich-editor")).isTrue();
        assertThat(shown(robot, "#preview-body-editor")).isFalse();
        assertThat(shown(robot, "#preview-body")).as("the editor is the formatted message").isFalse();
        robot.write(" See you");
        assertThat(preview.editor().bodyProperty().get()).isEqualTo("<p>Hello Ann See you</p>");

        robot.clickOn("#preview-source");
        assertThat(shown(robot, "#preview-body-editor")).isTrue();
        assertThat(shown(robot, "#preview-html-hint")).isTrue();
        assertThat(shown(robot, "#preview-rich-editor")).isFalse();
        TextFlow flow = robot.lookup("#preview-body-flow").queryAs(TextFlow.class);
        assertThat(flow.getChildren()).extracting(node -> ((Text) node).getText()).containsExactly("Hello Ann See you");
        robot.interact(() -> preview.editor().bodyProperty().set("<p>Hello Ann See you</p><p>More</p>"));
        robot.clickOn("#preview-source");
        assertThat(robot.lookup("#preview-rich-editor").queryAs(RichEmailArea.class).getText())
                .as("back in the editor, the source's change is there").isEqualTo("Hello Ann See you\n\nMore");

        robot.clickOn("#preview-edit");
        show(robot, 1);
        robot.clickOn("#preview-edit");
        assertThat(shown(robot, "#preview-body-editor")).isTrue();
        assertThat(shown(robot, "#preview-rich-editor")).isFalse();
        assertThat(shown(robot, "#preview-source")).as("an SMS is plain text: no source to show").isFalse();
        assertThat(shown(robot, "#preview-body")).as("an SMS is plain text: no second view").isFalse();
    }

    @Test
    void noAddressBlocksTheSendAndSaysSo(FxRobot robot) {
        show(robot, 11);

        assertThat(text(robot, "#preview-target")).isEqualTo("— none —");
        assertThat(robot.lookup("#preview-send").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#preview-blocked")).isEqualTo("This contact has no email address.");
    }

    @Test
    void noConnectedMailboxBlocksTheSend(FxRobot robot) {
        gateway.setAccounts(List.of(new EmailAccount(13, "old@acme.example", "Old", true, false)));
        robot.interact(() -> preview.senders().load());
        show(robot, 3);

        assertThat(robot.lookup("#preview-send").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#preview-blocked")).isEqualTo("Your default account old@acme.example is disconnected and no other can send. Reconnect it in Reply.");
    }

    @Test
    void aLongSmsWarnsButMaySend(FxRobot robot) {
        show(robot, 12);

        assertThat(text(robot, "#preview-sms-count")).isEqualTo("200 characters · 2 SMS");
        assertThat(shown(robot, "#preview-warning")).isTrue();
        assertThat(text(robot, "#preview-warning")).isEqualTo("This SMS is 2 messages long (200 characters).");
        assertThat(robot.lookup("#preview-send").queryButton().isDisabled()).isFalse();
    }
}

package dev.taskinbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The side bar alone: counts shown, clicks filter, and the keys' filter shows on the buttons. */
@ExtendWith(ApplicationExtension.class)
class ViewsPaneTest {
    private InboxViewModel inbox;

    @Start
    void start(Stage stage) {
        FakeTaskGateway gateway = new FakeTaskGateway();
        for (long id = 1; id <= 5; id++) {
            gateway.add(FakeTaskGateway.task(id, id <= 2 ? TaskType.SMS : TaskType.CALL, null));
        }
        inbox = new InboxViewModel(gateway, new SameThreadTaskRunner(),
                Clock.fixed(FakeTaskGateway.DUE.minusSeconds(60), ZoneOffset.UTC));
        inbox.load();
        stage.setScene(new Scene(new ViewsPane(inbox), 220, 500));
        stage.show();
    }

    @Test
    void countsShowAndClicksFilterAndUnfilter(FxRobot robot) {
        ToggleButton sms = robot.lookup("#type-sms").queryAs(ToggleButton.class);
        assertThat(sms.getText()).isEqualTo("SMS  2");
        assertThat(robot.lookup("#view-all").queryAs(ToggleButton.class).getText()).isEqualTo("All pending  5");

        robot.clickOn("#type-sms");
        assertThat(inbox.filters().typeFilters()).containsExactly(TaskType.SMS);
        assertThat(inbox.visibleRows()).hasSize(2);
        assertThat(sms.isSelected()).isTrue();

        robot.clickOn("#type-call");
        assertThat(inbox.filters().typeFilters()).containsExactlyInAnyOrder(TaskType.SMS, TaskType.CALL);
        assertThat(inbox.visibleRows()).extracting(row -> row.summary().type())
                .containsOnly(TaskType.SMS, TaskType.CALL).isNotEmpty();
        robot.clickOn("#type-call");

        robot.clickOn("#type-sms");
        assertThat(inbox.filters().typeFilters()).isEmpty();
        assertThat(sms.isSelected()).isFalse();

        robot.clickOn("#view-today");
        assertThat(inbox.filters().viewProperty().get()).isEqualTo(TaskView.TODAY);
        robot.interact(() -> inbox.filters().toggleType(TaskType.CALL));
        assertThat(robot.lookup("#type-call").queryAs(ToggleButton.class).isSelected()).isTrue();
    }
}

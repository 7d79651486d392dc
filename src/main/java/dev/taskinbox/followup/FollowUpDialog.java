package dev.taskinbox.followup;

import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * F: one small dialog with the follow-up's kind, day, time, subject (emails) and text, all prefilled;
 * Enter confirms (Ctrl+Enter inside the text, where Enter starts a new line).
 */
public final class FollowUpDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private FollowUpDialog() {
    }

    /** Asks, then creates through {@code followUps}; nothing when the rep cancels or no task is shown. */
    public static void ask(Window owner, FollowUps followUps, TaskDetail source, Clock clock) {
        if (source == null || source.contactId() == null) {
            return;
        }
        if (followUps.inFlight(source.id())) {
            followUps.create(source.id(), followUps.propose(source));   // says it is on its way, sends nothing
            return;
        }
        Optional<String> earlier = followUps.earlier(source.id());
        if (earlier.isPresent() && !again(owner, earlier.get())) {
            return;
        }
        ZoneId zone = followUps.zoneFor(source.id());
        NewTask proposed = followUps.propose(source);
        ChoiceBox<TaskType> kind = new ChoiceBox<>();
        kind.getItems().setAll(FollowUpPlan.KINDS);
        kind.setValue(proposed.type());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskType type) {
                return type == null ? "" : type.label();
            }

            @Override
            public TaskType fromString(String text) {
                return null;
            }
        });
        kind.setId("follow-up-kind");
        DatePicker day = new DatePicker(proposed.dueTo().atZone(zone).toLocalDate());
        day.setId("follow-up-day");
        TextField time = new TextField(proposed.dueTo().atZone(zone).format(TIME));
        time.setId("follow-up-time");
        time.setPrefColumnCount(5);
        TextField subject = new TextField(proposed.subject());
        subject.setId("follow-up-subject");
        subject.disableProperty().bind(kind.valueProperty().isNotEqualTo(TaskType.MANUAL_EMAIL));
        TextArea text = new TextArea(proposed.body());
        text.setId("follow-up-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        Label problem = new Label();
        problem.setId("follow-up-problem");
        problem.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Kind"), kind);
        form.addRow(1, new Label("Due"), day, time, new Label(followUps.knowsTheirZone(source.id())
                ? "their time (" + zone.getId() + ")" : "your time (their zone is not known yet)"));
        form.add(new Label("Subject"), 0, 2);
        form.add(subject, 1, 2, 3, 1);
        form.add(new Label("Text"), 0, 3);
        form.add(text, 1, 3, 3, 1);
        form.add(problem, 1, 4, 3, 1);
        form.getChildren().filtered(node -> node instanceof Label).forEach(node -> ((Label) node).setMinWidth(Region.USE_PREF_SIZE));

        ObjectBinding<Instant> due = Bindings.createObjectBinding(() -> dueAt(day.getValue(), time.getText(), zone),
                day.valueProperty(), time.textProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> due.get() == null ? "Write the time as 9:00 or 14:30."
                : !due.get().isAfter(clock.instant()) ? "That time has passed." : text.getText().isBlank() ? "Write what the task is about." : "",
                due, text.textProperty()));

        ButtonType create = new ButtonType("Create follow-up", ButtonBar.ButtonData.OK_DONE);
        Dialog<NewTask> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Follow up");
        dialog.setHeaderText("A new task for " + followUps.who(source.id()));
        dialog.getDialogPane().setId("follow-up");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(create).setId("follow-up-create");
        keepWords((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(create));
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(problem.textProperty().isNotEmpty());
        text.setOnKeyPressed(key -> {
            if (key.isShortcutDown() && key.getCode() == javafx.scene.input.KeyCode.ENTER && problem.getText().isEmpty()) {
                key.consume();
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(create)).fire();
            }
        });
        dialog.setResultConverter(button -> button == create
                ? FollowUpPlan.dueAt(proposed, kind.getValue(), due.get(), subject.getText(), text.getText().strip()) : null);
        dialog.setOnShown(event -> dialog.getDialogPane().lookupButton(create).requestFocus());
        dialog.showAndWait().ifPresent(task -> followUps.create(source.id(), task));
    }

    /** A follow-up was made already: another only when the rep says so. */
    private static boolean again(Window owner, String earlier) {
        ButtonType another = new ButtonType("Create another", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, earlier + " Create another one?", another, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle("Follow up");
        ask.setHeaderText("This task has a follow-up already");
        ask.getDialogPane().setId("follow-up-again");
        ask.getDialogPane().lookupButton(another).setId("follow-up-another");
        keepWords((javafx.scene.control.Button) ask.getDialogPane().lookupButton(another));
        return ask.showAndWait().filter(another::equals).isPresent();
    }

    /** A dialog's buttons are sized alike by default, which cuts a long label to "Create follow...". */
    static void keepWords(javafx.scene.control.Button button) {
        ButtonBar.setButtonUniformSize(button, false);
        button.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** The day at the typed time in the zone, or null when the time does not read. */
    static Instant dueAt(LocalDate day, String time, ZoneId zone) {
        if (day == null || time == null) {
            return null;
        }
        try {
            return day.atTime(LocalTime.parse(time.strip(), TIME)).atZone(zone).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}

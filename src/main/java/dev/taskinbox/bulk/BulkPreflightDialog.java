package dev.taskinbox.bulk;

import dev.taskinbox.preview.BulkPlan;
import dev.taskinbox.task.TaskType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The summary a rep reads before a bulk send: what goes, from where, what is blocked and why, and how long. */
public final class BulkPreflightDialog {

    /** The rep's answer: go, and whether the hand-done tasks are completed too. */
    public record Decision(boolean completeManual) {
    }

    private final Dialog<Decision> dialog = new Dialog<>();

    public BulkPreflightDialog(Window owner, BulkPlan plan, int perMinute, int freeNow) {
        dialog.initOwner(owner);
        int sending = plan.of(BulkPlan.Entry.Kind.SEND).size();
        dialog.setTitle("Send " + plural(sending, "task") + "?");
        dialog.setHeaderText(sending == 0 ? "Nothing here can be sent as it is" : "Send " + what(plan));
        VBox content = new VBox(8);
        content.setId("preflight");
        content.setMaxWidth(560);
        if (!plan.emailsBySender().isEmpty()) {
            content.getChildren().add(wrapped("From: " + plan.emailsBySender().entrySet().stream()
                    .map(entry -> entry.getKey() + " (" + entry.getValue() + ")").collect(Collectors.joining(", "))));
        }
        if (sending > 0) {
            Duration least = plan.estimate(perMinute, freeNow);
            content.getChildren().add(wrapped((least.isZero()
                    ? "Reply's request limit lets them all go at once."
                    : "Under Reply's request limit this takes at least " + format(least) + " (minutes:seconds).")
                    + " Each send first waits out its undo window."));
        }
        if (!plan.noted().isEmpty()) {
            content.getChildren().add(wrapped(plan.noted().size() + (plan.noted().size() == 1 ? " arrives" : " arrive")
                    + " outside working hours where they are (08:00 to 18:00, Monday to Friday, their time):"));
            content.getChildren().add(list("preflight-outside-hours", plan.noted(), "Tasks that arrive outside working hours"));
        }
        if (!plan.of(BulkPlan.Entry.Kind.BLOCKED).isEmpty()) {
            content.getChildren().add(wrapped(plan.of(BulkPlan.Entry.Kind.BLOCKED).size() + " will not be sent:"));
            content.getChildren().add(list("preflight-blocked", plan.of(BulkPlan.Entry.Kind.BLOCKED), "Tasks that cannot be sent, and why"));
        }
        CheckBox completeManual = new CheckBox();
        if (!plan.of(BulkPlan.Entry.Kind.MANUAL).isEmpty()) {
            int manual = plan.of(BulkPlan.Entry.Kind.MANUAL).size();
            completeManual.setText(manual == 1 ? "Complete the hand-done task (a call, LinkedIn, to-do…) instead"
                    : "Complete the " + manual + " hand-done tasks (calls, LinkedIn, to-dos…) instead");
            completeManual.setWrapText(true);
            completeManual.setId("preflight-complete-manual");
            content.getChildren().add(completeManual);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType go = new ButtonType(sending == 0 ? "Go" : "Send " + sending, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(go).setId("preflight-go");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("preflight-cancel");
        dialog.setResultConverter(button -> button == go ? new Decision(completeManual.isSelected()) : null);
    }

    public Optional<Decision> ask() {
        return dialog.showAndWait();
    }

    /** "3 emails and 10 SMS", "10 SMS", "1 email": only what goes, each noun in its number. */
    static String what(BulkPlan plan) {
        long emails = plan.count(TaskType.MANUAL_EMAIL);
        long sms = plan.count(TaskType.SMS);
        if (emails == 0) {
            return sms + " SMS";
        }
        return sms == 0 ? plural(emails, "email") : plural(emails, "email") + " and " + sms + " SMS";
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        // A wrapped label in a dialog is otherwise given one line's height and cut with "…".
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextArea list(String id, List<BulkPlan.Entry> entries, String accessibleText) {
        TextArea area = new TextArea(entries.stream()
                .map(entry -> (entry.task() == null ? "Task " + entry.taskId() : entry.task().type().label() + " "
                        + entry.taskId()) + ": " + entry.reason())
                .collect(Collectors.joining("\n")));
        area.setId(id);
        area.setAccessibleText(accessibleText);
        area.setEditable(false);
        area.setFocusTraversable(false);
        area.setPrefRowCount(Math.min(6, entries.size()));
        return area;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}

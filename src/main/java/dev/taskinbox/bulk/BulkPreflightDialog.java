package dev.taskinbox.bulk;

import dev.taskinbox.preview.BulkPlan;
import dev.taskinbox.task.TaskType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The summary a rep reads before a bulk send: what goes, from where, what is blocked and why, and how long. */
public final class BulkPreflightDialog {

    /**
     * The rep's answer: go now or at 9:00 their time ({@code later}), whether the hand-done tasks are
     * completed too; or, instead of any of that, open one blocked task ({@code open}, else null).
     */
    public record Decision(boolean completeManual, boolean later, Long open) {
    }

    private final Dialog<Decision> dialog = new Dialog<>();

    public BulkPreflightDialog(Window owner, BulkPlan plan, int perMinute, int freeNow, Map<String, Integer> leftToday) {
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
            plan.emailsBySender().forEach((sender, count) -> {
                long over = MailboxLimits.overBy(count, leftToday.get(sender));
                if (over > 0) {
                    Label split = wrapped(sender + " has about " + leftToday.get(sender) + " sends left today (an estimate"
                            + " from this app's count), so " + (count - over) + " go now and " + over
                            + " tomorrow at 9:00 their time, held in the Outbox.");
                    split.getStyleClass().add("preflight-split");
                    content.getChildren().add(split);
                }
            });
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
                    + " outside their working hours (their time; the hours are in Settings):"));
            content.getChildren().add(list("preflight-outside-hours", plan.noted(), "Tasks that arrive outside working hours"));
        }
        if (!plan.of(BulkPlan.Entry.Kind.BLOCKED).isEmpty()) {
            content.getChildren().add(wrapped(plan.of(BulkPlan.Entry.Kind.BLOCKED).size() + " will not be sent:"));
            content.getChildren().add(wrapped("Double-click one (or Enter) to open it instead."));
            content.getChildren().add(openable(plan.of(BulkPlan.Entry.Kind.BLOCKED)));
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
        ButtonType later = new ButtonType("Send at 9:00 their time (L)", ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        if (sending > 0) {
            dialog.getDialogPane().getButtonTypes().add(0, later);
            Button laterButton = (Button) dialog.getDialogPane().lookupButton(later);
            laterButton.setId("preflight-later");
            ButtonBar.setButtonUniformSize(laterButton, false);
            laterButton.setMinWidth(Region.USE_PREF_SIZE);
            // One key: L holds every send for 9:00 where each prospect is.
            dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == KeyCode.L && !key.isShortcutDown() && !(key.getTarget() instanceof TextInputControl)) {
                    key.consume();
                    laterButton.fire();
                }
            });
        }
        dialog.getDialogPane().lookupButton(go).setId("preflight-go");
        ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(go), false);
        ((Region) dialog.getDialogPane().lookupButton(go)).setMinWidth(Region.USE_PREF_SIZE);
        // Enter means go, whatever the dialog holds; Tab reaches the blocked list to open one.
        dialog.setOnShown(event -> dialog.getDialogPane().lookupButton(go).requestFocus());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("preflight-cancel");
        dialog.setResultConverter(button -> button == go || button == later
                ? new Decision(completeManual.isSelected(), button == later, null) : openChosen);
    }

    /** Set when the rep opens a blocked task from the list: the dialog closes with it. */
    private Decision openChosen;

    private ListView<BulkPlan.Entry> openable(List<BulkPlan.Entry> entries) {
        ListView<BulkPlan.Entry> view = new ListView<>(FXCollections.observableArrayList(entries));
        view.setId("preflight-blocked");
        view.setAccessibleText("Tasks that cannot be sent, and why; Enter opens one");
        view.setPrefHeight(Math.min(6, entries.size()) * 26 + 4);
        view.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BulkPlan.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : line(entry));
            }
        });
        Runnable open = () -> {
            BulkPlan.Entry chosen = view.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                openChosen = new Decision(false, false, chosen.taskId());
                dialog.setResult(openChosen);
                dialog.close();
            }
        };
        view.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                open.run();
            }
        });
        view.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                key.consume();
                open.run();
            }
        });
        return view;
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
                .map(BulkPreflightDialog::line)
                .collect(Collectors.joining("\n")));
        area.setId(id);
        area.setAccessibleText(accessibleText);
        area.setEditable(false);
        area.setFocusTraversable(false);
        area.setPrefRowCount(Math.min(6, entries.size()));
        return area;
    }

    private static String line(BulkPlan.Entry entry) {
        return (entry.task() == null ? "Task " + entry.taskId() : entry.task().type().label() + " " + entry.taskId())
                + ": " + entry.reason();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}

package dev.taskinbox.outbox;

import dev.taskinbox.common.ui.WholeWords;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/** The Outbox: every held send with its countdown; each can be sent now or cancelled. And the question after a gap. */
public final class OutboxDialog {
    private OutboxDialog() {
    }

    public static void show(Window owner, Outbox outbox, Clock clock) {
        ListView<HeldSend> list = new ListView<>(outbox.held());
        list.setId("outbox-list");
        list.setPrefSize(620, 260);
        list.setPlaceholder(new Label("Nothing is held. L holds the shown send for 9:00 their time."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(HeldSend send, boolean empty) {
                super.updateItem(send, empty);
                setText(empty || send == null ? null : line(send, outbox, clock));
            }
        });
        // The countdowns move once a second while the Outbox is open.
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> list.refresh()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        Button sendNow = new Button("Send now");
        sendNow.setId("outbox-send-now");
        Button cancel = new Button("Cancel this send");
        cancel.setId("outbox-cancel");
        for (Button button : List.of(sendNow, cancel)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        sendNow.setOnAction(event -> outbox.sendNow(list.getSelectionModel().getSelectedItem().taskId()));
        cancel.setOnAction(event -> outbox.cancel(list.getSelectionModel().getSelectedItem().taskId()));
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Outbox");
        dialog.setHeaderText("Sends held on this computer until their time");
        dialog.getDialogPane().setContent(new VBox(8, list, new HBox(8, sendNow, cancel)));
        dialog.getDialogPane().setId("outbox");
        list.getSelectionModel().selectFirst();
        dialog.setOnHidden(event -> ticker.stop());
        dialog.show();
    }

    /**
     * Sends whose time passed while the app was closed or the computer slept: listed, and sent only
     * if the rep says so now; otherwise they stay in the Outbox, waiting.
     */
    public static void askAboutUnseen(Window owner, Outbox outbox, List<HeldSend> due, Clock clock) {
        ButtonType send = new ButtonType(due.size() == 1 ? "Send it now" : "Send all " + due.size() + " now", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep in the Outbox", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, due.stream().map(held -> "• " + held.type().label() + " to "
                + held.who() + ", due " + OutboxText.when(held, clock)).collect(Collectors.joining("\n")), send, keep);
        ask.initOwner(owner);
        ask.setTitle("Held sends are due");
        ask.setHeaderText(due.size() == 1 ? "This send came due while Task Inbox was closed or the computer slept"
                : "These " + due.size() + " sends came due while Task Inbox was closed or the computer slept");
        ask.getDialogPane().setId("outbox-due");
        ask.getDialogPane().lookupButton(send).setId("outbox-due-send");
        ask.getDialogPane().lookupButton(keep).setId("outbox-due-keep");
        if (WholeWords.in(ask).showAndWait().filter(send::equals).isPresent()) {
            due.forEach(held -> outbox.sendNow(held.taskId()));
        }
    }

    static String line(HeldSend send, Outbox outbox, Clock clock) {
        return send.type().label() + " to " + send.who() + " · " + OutboxText.when(send, clock) + " · "
                + (outbox.isWaitingForRep(send.taskId()) ? "due while you were away: waiting for you" : OutboxText.countdown(send, clock));
    }
}

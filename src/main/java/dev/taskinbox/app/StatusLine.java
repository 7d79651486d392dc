package dev.taskinbox.app;

import dev.taskinbox.inbox.InboxView;
import dev.taskinbox.inbox.InboxViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The window's bottom line: what just happened, a run's progress, today's score, the request budget. */
final class StatusLine {
    private StatusLine() {
    }

    static HBox of(InboxViewModel inbox, InboxView inboxView, QueueWork work) {
        ObservableStringValue todaySummary = work.today().summaryProperty();
        Label statusText = new Label();
        statusText.setId("status-message");
        statusText.textProperty().bind(inbox.messageProperty());
        Label budgetText = new Label();
        budgetText.setId("budget-status");
        budgetText.getStyleClass().add(AppStyles.BUDGET_STATUS);
        budgetText.textProperty().bind(inbox.budgetProperty());
        Region statusSpacer = new Region();
        HBox.setHgrow(statusSpacer, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("send-progress");
        progress.getStyleClass().add(AppStyles.SEND_PROGRESS);
        progress.textProperty().bind(inbox.progressProperty());
        ProgressBar progressBar = new ProgressBar();
        progressBar.setId("send-progress-bar");
        progressBar.setPrefWidth(120);
        progressBar.progressProperty().bind(inbox.progressShareProperty());
        progressBar.visibleProperty().bind(inbox.progressProperty().isNotEmpty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        // While pages stream in, a small spinner beside the count says the list is not complete yet.
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("list-loading");
        loading.setAccessibleText("Loading tasks");
        loading.setMaxSize(16, 16);
        loading.visibleProperty().bind(inbox.stateProperty().isEqualTo(InboxViewModel.LoadState.LOADING));
        loading.managedProperty().bind(loading.visibleProperty());
        Label today = new Label();
        today.setId("today-summary");
        today.getStyleClass().add(AppStyles.BUDGET_STATUS);
        today.setMinWidth(Region.USE_PREF_SIZE);
        today.textProperty().bind(todaySummary);
        // Only while something is held: "Outbox 2", a click opens it.
        Hyperlink outbox = new Hyperlink();
        outbox.setId("outbox-count");
        outbox.setMinWidth(Region.USE_PREF_SIZE);
        outbox.textProperty().bind(Bindings.createStringBinding(() -> "Outbox " + work.outbox().held().size(), work.outbox().held()));
        outbox.visibleProperty().bind(Bindings.isNotEmpty(work.outbox().held()));
        outbox.managedProperty().bind(outbox.visibleProperty());
        outbox.setOnAction(event -> work.showOutbox());
        Label linkedIn = new Label();
        linkedIn.setId("linkedin-meter");
        linkedIn.getStyleClass().add(AppStyles.BUDGET_STATUS);
        linkedIn.setMinWidth(Region.USE_PREF_SIZE);
        linkedIn.textProperty().bind(work.linkedIn().textProperty());
        linkedIn.visibleProperty().bind(linkedIn.textProperty().isNotEmpty());
        linkedIn.managedProperty().bind(linkedIn.visibleProperty());
        Label help = new Label("? shortcuts");
        help.getStyleClass().add(AppStyles.BUDGET_STATUS);
        help.setMinWidth(Region.USE_PREF_SIZE);
        HBox status = new HBox(12, loading, statusText, statusSpacer, progressBar, progress, linkedIn, outbox, today, budgetText, help);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add(AppStyles.STATUS_LINE);
        // The budget has no events of its own; a once-a-second look is plenty for a status line.
        Timeline budgetTicker = new Timeline(new KeyFrame(Duration.seconds(1), event -> inbox.refreshBudget()));
        budgetTicker.setCycleCount(Animation.INDEFINITE);
        budgetTicker.play();
        // Once a minute: tasks fall due, "in 3h" becomes "in 2h", today ends.
        Timeline minuteTicker = new Timeline(new KeyFrame(Duration.minutes(1), event -> {
            inbox.clockTicked();
            inboxView.table().refresh();
        }));
        minuteTicker.setCycleCount(Animation.INDEFINITE);
        minuteTicker.play();
        inbox.refreshBudget();
        return status;
    }
}

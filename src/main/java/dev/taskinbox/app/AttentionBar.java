package dev.taskinbox.app;

import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar under the header that keeps a run's failures in view. */
final class AttentionBar {
    private AttentionBar() {
    }

    /**
     * What a run left for the rep to deal with (its failures, with reasons), kept in view until
     * closed; "Select them" selects those tasks in the list, ready to fix and send again.
     */
    static HBox of(InboxViewModel inbox, TableView<TaskRow> table) {
        Label text = new Label();
        text.setId("attention-text");
        text.setWrapText(true);
        text.textProperty().bind(inbox.attentionProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button select = new Button("Select them");
        select.setId("attention-select");
        select.setMinWidth(Region.USE_PREF_SIZE);
        select.setOnAction(event -> {
            List<Long> ids = inbox.attentionTasks();
            inbox.filters().clearFilters();   // a filter must not hide one of them
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (ids.contains(table.getItems().get(i).id())) {
                    table.getSelectionModel().select(i);
                }
            }
            table.requestFocus();
        });
        Button close = new Button("Close");
        close.setId("attention-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(event -> inbox.dismissAttention());
        // A warning about the app itself (a setting that could not be used) has no tasks to select.
        select.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !inbox.attentionTasks().isEmpty(), inbox.attentionProperty()));
        select.managedProperty().bind(select.visibleProperty());
        HBox bar = new HBox(12, text, select, close);
        bar.setId("attention-bar");
        bar.getStyleClass().add(AppStyles.ATTENTION_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(inbox.attentionProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}

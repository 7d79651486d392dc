package dev.taskinbox.preview;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Why Send waits; beside it, where the prospect replied or bounced, the one way past (never past an opt-out). */
final class BlockedRow extends HBox {

    BlockedRow(Label blocked, PreviewViewModel viewModel) {
        super(8);
        Button anyway = new Button("Send anyway");
        anyway.setId("preview-send-anyway");
        anyway.setTooltip(new Tooltip("Ctrl+Shift+Enter"));
        anyway.setMinWidth(Region.USE_PREF_SIZE);
        anyway.visibleProperty().bind(viewModel.gate().sendAnywayOfferedProperty());
        anyway.managedProperty().bind(anyway.visibleProperty());
        anyway.setOnAction(event -> viewModel.sendAnyway());
        HBox.setHgrow(blocked, Priority.ALWAYS);
        blocked.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(blocked, anyway);
        setAlignment(Pos.CENTER_LEFT);
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.common.ui.Css;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Small pieces of the pane's form: a field with its error under it, and rows that hide whole. */
final class FieldRows {
    private FieldRows() {
    }

    /** A field with the server's complaint about it right underneath (hidden while there is none). */
    static VBox withError(Node field, String id, ObservableStringValue error) {
        return new VBox(2, field, errorLabel(id, error));
    }

    /** A line of error text that takes no room while it is empty. */
    static Label errorLabel(String id, ObservableStringValue error) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Css.FIELD_ERROR);
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(Bindings.isNotEmpty(error));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Hides a grid row's field and its caption together. */
    static void setRowVisible(Node field, boolean visible) {
        GridPane grid = (GridPane) field.getParent();
        Integer row = GridPane.getRowIndex(field);
        grid.getChildren().stream()
                .filter(node -> row.equals(GridPane.getRowIndex(node)))
                .forEach(node -> {
                    node.setVisible(visible);
                    node.setManaged(visible);
                });
    }
}

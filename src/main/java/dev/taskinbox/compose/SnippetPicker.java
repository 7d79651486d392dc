package dev.taskinbox.compose;

import java.io.File;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Ctrl+Shift+S in any message editor: the rep's snippets and Reply's templates, found by typing
 * their words; Enter inserts the one picked. New, Delete, Import and Export keep the library.
 */
public final class SnippetPicker {
    private SnippetPicker() {
    }

    public static Optional<Snippet> pick(Window owner, Snippets snippets) {
        Dialog<Snippet> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Snippets");
        dialog.setHeaderText("Insert a snippet");
        TextField search = new TextField();
        search.setId("snippet-search");
        search.setPromptText("Type to find a snippet");
        FilteredList<Snippet> shown = new FilteredList<>(snippets.all());
        ListView<Snippet> list = new ListView<>(shown);
        search.textProperty().addListener((obs, was, now) -> {
            shown.setPredicate(snippet -> snippet.matches(now));
            list.getSelectionModel().selectFirst();
        });
        list.setId("snippet-list");
        list.setPrefSize(520, 260);
        list.setCellFactory(view -> new SnippetCell());
        list.getSelectionModel().selectFirst();
        Label empty = new Label("No snippets yet. New… keeps a passage you write often; Import… reads a file of them.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        Button add = new Button("New…");
        add.setId("snippet-new");
        add.setOnAction(press -> SnippetEditor.ask(dialog.getDialogPane().getScene().getWindow()).ifPresent(snippets::add));
        Button delete = new Button("Delete");
        delete.setId("snippet-delete");
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> list.getSelectionModel().getSelectedItem() == null
                || list.getSelectionModel().getSelectedItem().fromReply(), list.getSelectionModel().selectedItemProperty()));
        delete.setOnAction(press -> snippets.remove(list.getSelectionModel().getSelectedItem()));
        Button importing = new Button("Import…");
        importing.setOnAction(press -> Optional.ofNullable(chooser().showOpenDialog(owner)).map(File::toPath)
                .ifPresent(snippets::importFrom));
        Button exporting = new Button("Export…");
        exporting.setOnAction(press -> Optional.ofNullable(chooser().showSaveDialog(owner)).map(File::toPath)
                .ifPresent(snippets::exportTo));
        dialog.getDialogPane().setContent(new VBox(8, search, list, new HBox(8, add, delete, importing, exporting)));
        ButtonType insert = new ButtonType("Insert", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(insert, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(insert).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        // Arrows in the search move through the list, so the hands never leave the keys.
        search.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.DOWN || key.getCode() == KeyCode.UP) {
                int step = key.getCode() == KeyCode.DOWN ? 1 : -1;
                int next = Math.max(0, Math.min(shown.size() - 1, list.getSelectionModel().getSelectedIndex() + step));
                list.getSelectionModel().select(next);
                list.scrollTo(next);
                key.consume();
            }
        });
        list.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((Button) dialog.getDialogPane().lookupButton(insert)).fire();
            }
        });
        Snippet[] chosen = new Snippet[1];
        dialog.setResultConverter(button -> {
            if (button == insert && chosen[0] == null) {
                chosen[0] = list.getSelectionModel().getSelectedItem();
            }
            return button == insert ? chosen[0] : null;
        });
        dialog.setOnShown(opened -> search.requestFocus());
        return dialog.showAndWait();
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Snippet file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Snippet files", "*.snippets", "*.properties"));
        chooser.setInitialFileName("task-inbox.snippets");
        return chooser;
    }

    /** A snippet as its name and first line; Reply's templates say so. */
    private static final class SnippetCell extends ListCell<Snippet> {
        @Override
        protected void updateItem(Snippet snippet, boolean empty) {
            super.updateItem(snippet, empty);
            if (empty || snippet == null) {
                setText(null);
                return;
            }
            String first = snippet.text().lines().findFirst().orElse("");
            setText(snippet.name() + (snippet.fromReply() ? "  (Reply template)" : "") + "\n" + first);
        }
    }

    /** New…: a name and a text. */
    static final class SnippetEditor {
        private SnippetEditor() {
        }

        static Optional<Snippet> ask(Window owner) {
            Dialog<Snippet> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle("New snippet");
            TextField name = new TextField();
            name.setId("snippet-name");
            name.setPromptText("Name, e.g. Case study");
            TextArea text = new TextArea();
            text.setId("snippet-text");
            text.setPromptText("The text; {{firstName}} and other variables fill in when it is inserted.");
            text.setWrapText(true);
            text.setPrefRowCount(6);
            dialog.getDialogPane().setContent(new VBox(8, name, text));
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                    .bind(name.textProperty().isEmpty().or(text.textProperty().isEmpty()));
            dialog.setResultConverter(button -> button == ButtonType.OK ? new Snippet(name.getText(), text.getText(), false) : null);
            dialog.setOnShown(shown -> name.requestFocus());
            return dialog.showAndWait();
        }
    }
}

package dev.taskinbox.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Ctrl+K: every action by name, with its key, found by typing any of its words; Enter (or a
 * double-click) runs the one picked. The rep never has to remember a key to reach an action.
 */
final class CommandPalette {
    /** One action: what it is called, its key ("" for none), and what it does. */
    record Command(String name, String key, Runnable action) {
        boolean matches(String typed) {
            String words = (name + " " + key).toLowerCase(Locale.ROOT);
            return Arrays.stream(typed.toLowerCase(Locale.ROOT).strip().split("\\s+")).allMatch(words::contains);
        }
    }

    private final List<Command> commands = new ArrayList<>();

    CommandPalette add(String name, String key, Runnable action) {
        commands.add(new Command(name, key, action));
        return this;
    }

    List<Command> commands() {
        return List.copyOf(commands);
    }

    /** The commands {@code typed} finds, in their order. */
    List<Command> find(String typed) {
        return commands.stream().filter(command -> typed == null || typed.isBlank() || command.matches(typed)).toList();
    }

    void show(Window owner) {
        TextField query = new TextField();
        query.setId("palette-search");
        query.setPromptText("Type what you want to do");
        query.setAccessibleText("Search the actions");
        FilteredList<Command> shown = new FilteredList<>(FXCollections.observableArrayList(commands));
        ListView<Command> list = new ListView<>(shown);
        list.setId("palette-list");
        list.setAccessibleText("Actions");
        list.setPrefSize(600, 360);
        list.setCellFactory(view -> new ListCell<>() {
            private final Label key = new Label();
            private final Label name = new Label();
            private final BorderPane line = new BorderPane(null, null, key, null, name);

            {
                // A name wraps rather than push its key out of sight; the key is never cut.
                name.setWrapText(true);
                line.prefWidthProperty().bind(list.widthProperty().subtract(36));
                line.setMaxWidth(Region.USE_PREF_SIZE);
                BorderPane.setMargin(key, new javafx.geometry.Insets(0, 0, 0, 12));
            }

            @Override
            protected void updateItem(Command command, boolean empty) {
                super.updateItem(command, empty);
                if (empty || command == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(command.name());
                key.setText(command.key());
                key.setMinWidth(Region.USE_PREF_SIZE);
                key.getStyleClass().setAll("label", AppStyles.SHORTCUT_KEY);
                setGraphic(line);
            }
        });
        query.textProperty().addListener((obs, was, typed) -> {
            shown.setPredicate(command -> typed == null || typed.isBlank() || command.matches(typed));
            if (typed == null || typed.isBlank()) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().selectFirst();
            }
        });
        // Nothing is picked until the rep types or moves: Enter on an empty palette must not send.
        Dialog<Command> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Actions");
        dialog.setHeaderText("Every action, with its key");
        dialog.getDialogPane().setId("palette");
        VBox content = new VBox(8, query, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        // Closing a dialog runs its converter, which would undo a result set by hand: it answers the pick.
        Command[] chosen = new Command[1];
        dialog.setResultConverter(button -> chosen[0]);
        Runnable choose = () -> {
            // (the filter may have cleared the selection as it narrowed the list)
            Command picked = list.getSelectionModel().getSelectedItem();
            if (picked == null && !query.getText().isBlank() && !shown.isEmpty()) {
                picked = shown.get(0);   // what was typed narrowed the list; the first is meant
            }
            if (picked != null) {
                chosen[0] = picked;
                dialog.setResult(picked);
                dialog.close();
            }
        };
        // Arrows move through the list while the rep keeps typing; Enter runs the one picked.
        query.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.DOWN || key.getCode() == KeyCode.UP) {
                int at = list.getSelectionModel().getSelectedIndex() + (key.getCode() == KeyCode.DOWN ? 1 : -1);
                list.getSelectionModel().select(Math.max(0, Math.min(shown.size() - 1, at)));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                key.consume();
            } else if (key.getCode() == KeyCode.ENTER) {
                key.consume();
                choose.run();
            }
        });
        list.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                choose.run();
            }
        });
        dialog.setOnShown(event -> query.requestFocus());
        dialog.showAndWait().ifPresent(command -> command.action().run());
    }
}

package dev.taskinbox.inbox;

import dev.taskinbox.common.ui.Css;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/**
 * What the table shows while it has no rows. Each reason gets its own words, so the rep never
 * mistakes "still loading" for "nothing to do", or "filtered out" for "all done".
 */
final class ListPlaceholder {
    private ListPlaceholder() {
    }

    /** The placeholder for the list's state; {@code noRows} when it has no rows at all (not only none shown). */
    static Node of(InboxViewModel inbox, boolean noRows) {
        return switch (inbox.stateProperty().get()) {
            case IDLE -> box("placeholder-idle", "");
            case LOADING -> noRows ? loading() : noMatch(inbox);
            case OFFLINE -> withButton(box("placeholder-offline", "Reply cannot be reached, so no tasks can be shown. "
                    + "Check the connection; nothing you wrote is lost."), "Try again", inbox::load);
            case FAILED -> noRows
                    ? withButton(box("placeholder-failed", inbox.messageProperty().get()), "Try again", inbox::load)
                    : noMatch(inbox);
            case LOADED -> noRows ? box("placeholder-empty", "Nothing to do. Enjoy the quiet.")
                    : noMatch(inbox);
        };
    }

    private static Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        spinner.setAccessibleText("Loading");
        VBox box = box("placeholder-loading", "Loading your tasks…");
        box.getChildren().add(0, spinner);
        return box;
    }

    private static Node noMatch(InboxViewModel inbox) {
        return withButton(box("placeholder-no-match", "No task matches these filters."), "Show all tasks",
                inbox.filters()::clearFilters);
    }

    private static VBox withButton(VBox box, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(box.getId() + "-action");
        button.setAccessibleText(text);
        button.setOnAction(event -> action.run());
        box.getChildren().add(button);
        return box;
    }

    private static VBox box(String id, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(360);
        label.getStyleClass().add(Css.PLACEHOLDER);
        VBox box = new VBox(12, label);
        box.setId(id);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}

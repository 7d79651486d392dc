package dev.taskinbox.app;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The shortcut map, shown by {@code ?}; the same list is in README.md. */
final class ShortcutHelp {
    static final List<String[]> KEYS = List.of(
            new String[] {"J / ↓, K / ↑", "Next / previous task"},
            new String[] {"Shift+J / Shift+K", "Extend the selection down / up"},
            new String[] {"X", "Select or unselect the current task"},
            new String[] {"Ctrl+A", "Select every task shown"},
            new String[] {"Enter or E", "Edit the message"},
            new String[] {"Ctrl+Enter", "Send (email, SMS) or complete (others); several selected: bulk send"},
            new String[] {"Ctrl+Shift+Enter", "Send anyway, although they replied or bounced (never if opted out)"},
            new String[] {"C", "Complete the selected tasks; a call: then 1 Positive, 2 Call again, 3 Negative, 0 no outcome"},
            new String[] {"Shift+C", "Complete the shown task and finish the prospect in its sequence"},
            new String[] {"S", "Snooze the selected tasks to tomorrow 9:00"},
            new String[] {"H", "Hand the selected tasks to a teammate"},
            new String[] {"F", "Follow up: a new task for the same contact, in 3 working days at 9:00 their time"},
            new String[] {"T", "Today: done, left, your pace, days at zero overdue"},
            new String[] {"L", "Send later: hold the shown email or SMS for 9:00 their time (L in the bulk check too)"},
            new String[] {"O", "Open the target: LinkedIn profile, mailto:, tel:"},
            new String[] {"Ctrl+C", "Copy the message"},
            new String[] {"Ctrl+Z", "Take back the last send that has not left"},
            new String[] {"F5", "Refresh"},
            new String[] {"/", "Search"},
            new String[] {"1 … 7, 0", "Add or remove a type: emails, SMS, calls, LinkedIn, WhatsApp, to-dos, meetings (several at once); 0 shows all"},
            new String[] {"Esc", "Stop sends that have not left; leave editing or search"},
            new String[] {"Ctrl+K", "Every action by name, with its key: type a word, Enter runs it"},
            new String[] {"Ctrl+B, I, U, K", "While editing an email: bold, italic, underline, link; Ctrl+Shift+8 / 7: lists"},
            new String[] {"{{ then Tab", "While editing: pick one of the prospect's variables; Tab / Shift+Tab: next / previous to fill"},
            new String[] {"Ctrl+Shift+S", "While editing: insert one of your snippets or a Reply template"},
            new String[] {"?", "This list"});

    private ShortcutHelp() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-help");
        grid.setHgap(16);
        grid.setVgap(4);
        for (int i = 0; i < KEYS.size(); i++) {
            Label key = new Label(KEYS.get(i)[0]);
            key.getStyleClass().add(AppStyles.SHORTCUT_KEY);
            // A key is never cut to "...": its column is as wide as its widest key.
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(KEYS.get(i)[1]);
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(i, key, what);
        }
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints words = new ColumnConstraints();
        words.setPrefWidth(520);
        grid.getColumnConstraints().setAll(keys, words);
        Alert help = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        help.initOwner(owner);
        help.setTitle("Keyboard shortcuts");
        help.setHeaderText("Work the queue without the mouse");
        // At 200% on a small screen the list is taller than the screen: it scrolls, every key still whole.
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        double screen = Screen.getPrimary().getVisualBounds().getHeight();
        // Room on screen for the header and the Close button under the list (about the whole list on a large screen).
        scroll.setPrefViewportHeight(Math.max(200, Math.min(660, screen - 260)));
        grid.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        help.getDialogPane().setContent(scroll);
        help.getDialogPane().lookupButton(ButtonType.CLOSE).setId("shortcut-help-close");
        help.showAndWait();
    }
}

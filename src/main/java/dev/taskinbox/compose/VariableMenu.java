package dev.taskinbox.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import dev.taskinbox.common.fx.UiThread;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * Typing {@code {{} offers the variables Reply fills for this prospect: Up and Down move, Enter
 * (or a click) puts in the value picked, or, where the contact has none, the variable itself as
 * a chip to fill before sending. Esc closes the list and leaves the braces as typed. The caret
 * stays in the editor all along: the list never takes the keyboard.
 */
public final class VariableMenu {
    private final Popup popup = new Popup();
    private final ListView<String> list = new ListView<>();
    private final List<String[]> offered = new ArrayList<>();
    private final TextSpot spot;
    private final Supplier<Map<String, String>> fields;

    private VariableMenu(TextSpot spot, Supplier<Map<String, String>> fields) {
        this.spot = spot;
        this.fields = fields;
        list.setId("variable-menu");
        list.setFocusTraversable(false);
        list.setPrefSize(360, 200);
        list.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY) {
                pick();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
    }

    /** Offers the variables in {@code spot} whenever the rep types two opening braces. */
    public static VariableMenu offerIn(TextSpot spot, Supplier<Map<String, String>> fields) {
        VariableMenu offer = new VariableMenu(spot, fields);
        // Asked a pulse later: the second brace is in the text by then, whatever control it is.
        spot.node().addEventFilter(KeyEvent.KEY_TYPED, key -> {
            if ("{".equals(key.getCharacter())) {
                UiThread.later(offer::offerIfAsked);
            }
        });
        spot.node().addEventFilter(KeyEvent.KEY_PRESSED, offer::steer);
        return offer;
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void steer(KeyEvent key) {
        if (!popup.isShowing()) {
            return;
        }
        switch (key.getCode()) {
            case DOWN, UP -> {
                int step = key.getCode() == javafx.scene.input.KeyCode.DOWN ? 1 : -1;
                int next = Math.max(0, Math.min(offered.size() - 1, list.getSelectionModel().getSelectedIndex() + step));
                list.getSelectionModel().select(next);
                list.scrollTo(next);
            }
            case ENTER, TAB -> pick();
            case ESCAPE -> popup.hide();
            default -> {
                popup.hide();
                return;
            }
        }
        key.consume();
    }

    private void offerIfAsked() {
        if (!spot.beforeCaret(2).equals("{{") || fields.get().isEmpty()) {
            return;
        }
        offered.clear();
        List<String> rows = new ArrayList<>();
        fields.get().forEach((name, value) -> {
            offered.add(new String[] {name, value == null ? "" : value});
            rows.add("{{" + name + "}}   " + (value == null || value.isBlank() ? "(empty: fill it in)" : value));
        });
        list.getItems().setAll(rows);
        list.getSelectionModel().selectFirst();
        Bounds caret = spot.caretOnScreen().orElse(null);
        if (caret != null) {
            popup.show(spot.node(), caret.getMinX(), caret.getMaxY());
        }
    }

    private void pick() {
        int index = list.getSelectionModel().getSelectedIndex();
        popup.hide();
        if (index >= 0 && spot.beforeCaret(2).equals("{{")) {
            String[] field = offered.get(index);
            spot.replaceBeforeCaret(2, field[1].isBlank() ? "{{" + field[0] + "}}" : field[1]);
        }
    }
}

package dev.taskinbox.compose;

import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

/**
 * Typing {@code {{} offers the variables Reply fills for this prospect: picking one puts in its
 * value, or, where the contact has none, the variable itself as a chip to fill before sending.
 * Esc closes the menu and leaves the braces as typed.
 */
public final class VariableMenu {
    private final ContextMenu menu = new ContextMenu();
    private final TextSpot spot;
    private final Supplier<Map<String, String>> fields;

    private VariableMenu(TextSpot spot, Supplier<Map<String, String>> fields) {
        this.spot = spot;
        this.fields = fields;
        menu.setId("variable-menu");
    }

    /** Offers the variables in {@code spot} whenever the rep types two opening braces. */
    public static VariableMenu offerIn(TextSpot spot, Supplier<Map<String, String>> fields) {
        VariableMenu offer = new VariableMenu(spot, fields);
        // Asked a pulse later: the second brace is in the text by then, whatever control it is.
        spot.node().addEventFilter(KeyEvent.KEY_TYPED, key -> {
            if ("{".equals(key.getCharacter())) {
                Platform.runLater(offer::offerIfAsked);
            }
        });
        return offer;
    }

    ContextMenu menu() {
        return menu;
    }

    private void offerIfAsked() {
        if (!spot.beforeCaret(2).equals("{{") || fields.get().isEmpty()) {
            return;
        }
        menu.getItems().clear();
        fields.get().forEach((name, value) -> {
            String shown = value == null || value.isBlank() ? "(empty: fill it in)" : value;
            MenuItem item = new MenuItem("{{" + name + "}}  " + shown);
            item.setMnemonicParsing(false);
            item.setOnAction(chosen -> spot.replaceBeforeCaret(2, value == null || value.isBlank() ? "{{" + name + "}}" : value));
            menu.getItems().add(item);
        });
        Bounds caret = spot.caretOnScreen().orElse(null);
        if (caret != null) {
            menu.show(spot.node(), caret.getMinX(), caret.getMaxY());
        }
    }
}

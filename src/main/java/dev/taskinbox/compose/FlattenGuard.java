package dev.taskinbox.compose;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Stands before the first change to a block the editor cannot keep (a table, an image, inline
 * styles): it goes out as it came while untouched, so before a key would change it the rep is
 * asked, once per block, whether to change it as plain text. The key asked about is not applied;
 * a typed character is, once the rep says yes.
 */
final class FlattenGuard {
    private final RichEmailArea area;
    private final Set<Integer> agreed = new HashSet<>();
    private Predicate<String> ask = what -> false;

    FlattenGuard(RichEmailArea area) {
        this.area = area;
        area.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    }

    /** How the rep is asked: given what would be lost ("a table"), true to go ahead. */
    void askWith(Predicate<String> asker) {
        this.ask = asker;
    }

    /** A new email: nothing agreed yet. */
    void reset() {
        agreed.clear();
    }

    private void typed(KeyEvent key) {
        String character = key.getCharacter();
        if (character.isEmpty() || character.charAt(0) < ' ' || key.isShortcutDown() || !area.isEditable()) {
            return;
        }
        IndexRange selection = area.getSelection();
        if (!allowed(paragraphAt(selection.getStart()), paragraphAt(selection.getEnd()))) {
            key.consume();
            if (allowedNow(paragraphAt(selection.getStart()), paragraphAt(selection.getEnd()))) {
                area.replaceSelection(character);
            }
        }
    }

    private void pressed(KeyEvent key) {
        if (!area.isEditable() || !changes(key)) {
            return;
        }
        IndexRange selection = area.getSelection();
        int first = paragraphAt(selection.getStart());
        int last = paragraphAt(selection.getEnd());
        if (selection.getLength() == 0 && key.getCode() == KeyCode.BACK_SPACE && area.getCaretColumn() == 0) {
            first = Math.max(0, first - 1);
        }
        if (selection.getLength() == 0 && key.getCode() == KeyCode.DELETE
                && area.getCaretColumn() == area.getParagraphLength(first)) {
            last = Math.min(area.getParagraphs().size() - 1, last + 1);
        }
        if (!allowed(first, last)) {
            key.consume();
            allowedNow(first, last);
        }
    }

    /** Keys that change text or formatting (typed characters come as KEY_TYPED). */
    private static boolean changes(KeyEvent key) {
        KeyCode code = key.getCode();
        if (key.isShortcutDown()) {
            return code == KeyCode.V || code == KeyCode.X || code == KeyCode.B || code == KeyCode.I || code == KeyCode.U
                    || code == KeyCode.K || code == KeyCode.DIGIT7 || code == KeyCode.DIGIT8;
        }
        return code == KeyCode.BACK_SPACE || code == KeyCode.DELETE || code == KeyCode.ENTER;
    }

    private boolean allowed(int first, int last) {
        for (int paragraph = first; paragraph <= last; paragraph++) {
            if (area.cannotKeepAt(paragraph) != null && !agreed.contains(area.blockAt(paragraph))) {
                return false;
            }
        }
        return true;
    }

    /** Asks about each block in the way; true once the rep agreed to all of them. */
    private boolean allowedNow(int first, int last) {
        for (int paragraph = first; paragraph <= last; paragraph++) {
            String what = area.cannotKeepAt(paragraph);
            if (what != null && !agreed.contains(area.blockAt(paragraph))) {
                if (!ask.test(what)) {
                    return false;
                }
                agreed.add(area.blockAt(paragraph));
            }
        }
        return true;
    }

    private int paragraphAt(int offset) {
        return area.offsetToPosition(offset, Bias.Forward).getMajor();
    }
}

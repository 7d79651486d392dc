package dev.taskinbox.compose;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Where the rep types, as the variable menu and the snippet picker need it: the rich email
 * editor and the plain text areas (SMS, WhatsApp, LinkedIn) alike.
 */
public interface TextSpot {
    Node node();

    /** Up to {@code count} characters just before the caret. */
    String beforeCaret(int count);

    /** Replaces the selection and the {@code count} characters before it with {@code text}. */
    void replaceBeforeCaret(int count, String text);

    /** Where the caret is on screen (a menu opens there). */
    Optional<Bounds> caretOnScreen();

    static TextSpot of(TextInputControl field) {
        return new TextSpot() {
            @Override
            public Node node() {
                return field;
            }

            @Override
            public String beforeCaret(int count) {
                int caret = field.getSelection().getStart();
                return field.getText().substring(Math.max(0, caret - count), caret);
            }

            @Override
            public void replaceBeforeCaret(int count, String text) {
                int start = field.getSelection().getStart();
                field.replaceText(Math.max(0, start - count), field.getSelection().getEnd(), text);
            }

            @Override
            public Optional<Bounds> caretOnScreen() {
                return Optional.ofNullable(field.localToScreen(field.getBoundsInLocal()));
            }
        };
    }

    static TextSpot of(GenericStyledArea<?, String, ?> area) {
        return new TextSpot() {
            @Override
            public Node node() {
                return area;
            }

            @Override
            public String beforeCaret(int count) {
                int caret = area.getSelection().getStart();
                return area.getText(Math.max(0, caret - count), caret);
            }

            @Override
            public void replaceBeforeCaret(int count, String text) {
                int start = area.getSelection().getStart();
                area.replaceText(Math.max(0, start - count), area.getSelection().getEnd(), text);
            }

            @Override
            public Optional<Bounds> caretOnScreen() {
                return area.getCaretBounds().or(() -> Optional.ofNullable(area.localToScreen(area.getBoundsInLocal())));
            }
        };
    }
}

package dev.taskinbox.compose;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.process;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.wellbehaved.event.InputHandler;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The email as the prospect will read it, editable: bold, italic, underline, links and lists,
 * from the keyboard (Ctrl+B, Ctrl+I, Ctrl+U, Ctrl+K, Ctrl+Shift+8 and 7). It loads an email's
 * HTML, and after every change by the rep says what the email's HTML is now ({@link #htmlProperty()}),
 * written by {@link EmailHtml} so that what the rep left alone goes out as it came.
 */
public final class RichEmailArea extends StyledTextArea<ParStyle, TextStyle> {
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html", "");
    private EmailBlocks original = EmailBlocks.parse("");
    private boolean loading;
    private final FlattenGuard flattenGuard = new FlattenGuard(this);

    public RichEmailArea() {
        super(ParStyle.NEW, RichEmailArea::styleParagraph, TextStyle.PLAIN, RichEmailArea::styleText);
        getStyleClass().add("rich-email");
        setWrapText(true);
        setParagraphGraphicFactory(this::listMark);
        Placeholders.keepMarked(this);
        richChanges().filter(change -> !change.isIdentity()).subscribe(change -> {
            if (!loading) {
                html.set(EmailHtml.write(original, lines()));
            }
        });
        // A style picked with nothing selected is for the next words typed, here: moving on drops it.
        addEventFilter(MouseEvent.MOUSE_PRESSED, click -> setTextInsertionStyle(null));
        addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode().isNavigationKey()) {
                setTextInsertionStyle(null);
            }
        });
        Nodes.addInputMap(this, sequence(
                consume(keyPressed(KeyCode.B, KeyCombination.SHORTCUT_DOWN), key -> toggle(TextStyle::bold, TextStyle::withBold)),
                consume(keyPressed(KeyCode.I, KeyCombination.SHORTCUT_DOWN), key -> toggle(TextStyle::italic, TextStyle::withItalic)),
                consume(keyPressed(KeyCode.U, KeyCombination.SHORTCUT_DOWN), key -> toggle(TextStyle::underline, TextStyle::withUnderline)),
                consume(keyPressed(KeyCode.K, KeyCombination.SHORTCUT_DOWN), key -> askForLink()),
                consume(keyPressed(KeyCode.DIGIT8, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        key -> toggleList(ParStyle.ListKind.BULLET)),
                consume(keyPressed(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        key -> toggleList(ParStyle.ListKind.NUMBERED)),
                process(keyPressed(KeyCode.TAB), key -> Placeholders.selectNext(this, true)
                        ? InputHandler.Result.CONSUME : InputHandler.Result.IGNORE),
                process(keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN), key -> Placeholders.selectNext(this, false)
                        ? InputHandler.Result.CONSUME : InputHandler.Result.IGNORE)));
    }

    /** The email's HTML as the editor has it now: set on load, and after every change by the rep. */
    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    /**
     * How the rep is asked before a change would flatten a block the editor cannot keep: given
     * what would be lost ("a table"), true to go ahead.
     */
    public void setOnAskToFlatten(Predicate<String> asker) {
        flattenGuard.askWith(asker);
    }

    private void askForLink() {
        LinkDialog.ask(getScene().getWindow(), linkHere()).ifPresent(address -> link(address.isEmpty() ? null : address));
    }

    /** Shows an email; the undo history starts afresh, so Ctrl+Z never brings back another task's text. */
    public void load(String emailHtml) {
        String source = emailHtml == null ? "" : emailHtml;
        loading = true;
        try {
            original = EmailBlocks.parse(source);
            flattenGuard.reset();
            ReadOnlyStyledDocumentBuilder<ParStyle, String, TextStyle> document =
                    new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), ParStyle.NEW);
            for (EmailHtml.EditorLine line : original.editorLines()) {
                document.addParagraph(Placeholders.marked(line.line()), line.style());
            }
            replace(0, getLength(), document.build());
            getUndoManager().forgetHistory();
            moveTo(0);
            html.set(source);
        } finally {
            loading = false;
        }
    }

    /** Selects the first unfilled {{variable}} after the caret; false when there is none. */
    public boolean selectNextPlaceholder() {
        return Placeholders.selectNext(this, true);
    }

    /** What in the block under {@code paragraph} the editor cannot keep, or null (new lines, plain blocks). */
    String cannotKeepAt(int paragraph) {
        int block = getParagraph(paragraph).getParagraphStyle().block();
        return block >= 0 && block < original.blocks().size() ? original.blocks().get(block).cannotKeep() : null;
    }

    int blockAt(int paragraph) {
        return getParagraph(paragraph).getParagraphStyle().block();
    }

    /** The editor's lines as plain data, with the block each belongs to. */
    List<EmailHtml.EditorLine> lines() {
        List<EmailHtml.EditorLine> lines = new ArrayList<>();
        for (Paragraph<ParStyle, String, TextStyle> paragraph : getParagraphs()) {
            List<Line.Span> spans = new ArrayList<>();
            for (StyledSegment<String, TextStyle> segment : paragraph.getStyledSegments()) {
                spans.add(new Line.Span(segment.getSegment(), segment.getStyle()));
            }
            ParStyle style = paragraph.getParagraphStyle();
            lines.add(new EmailHtml.EditorLine(style, new Line(style.list(), spans)));
        }
        return lines;
    }

    /** Puts a link on the selection, or inserts the address as a linked text where nothing is selected. */
    public void link(String address) {
        IndexRange selection = getSelection();
        if (selection.getLength() == 0) {
            if (address != null) {
                insert(getCaretPosition(), address, styleAtCaret().withLink(address));
            }
            return;
        }
        restyle(selection, style -> style.withLink(address));
    }

    /** The link under the caret or selection, if any (to offer it for change). */
    public String linkHere() {
        IndexRange selection = getSelection();
        return selection.getLength() > 0 ? getStyleAtPosition(selection.getStart() + 1).link() : styleAtCaret().link();
    }

    /** Toggles a formatting on the selection, or for the next words typed when nothing is selected. */
    void toggle(Function<TextStyle, Boolean> has, Toggle with) {
        IndexRange selection = getSelection();
        if (selection.getLength() == 0) {
            TextStyle now = getTextInsertionStyle() != null ? getTextInsertionStyle() : styleAtCaret();
            setTextInsertionStyle(with.apply(now, !has.apply(now)));
            return;
        }
        boolean all = getStyleSpans(selection).stream().allMatch(span -> has.apply(span.getStyle()));
        restyle(selection, style -> with.apply(style, !all));
    }

    /** The two-argument wither of one formatting ({@code TextStyle::withBold}…). */
    interface Toggle {
        TextStyle apply(TextStyle style, boolean on);
    }

    void toggleList(ParStyle.ListKind kind) {
        int first = offsetToPosition(getSelection().getStart(), Bias.Forward).getMajor();
        int last = offsetToPosition(getSelection().getEnd(), Bias.Backward).getMajor();
        boolean all = true;
        for (int i = first; i <= last; i++) {
            all &= getParagraph(i).getParagraphStyle().list() == kind || skipped(i, first, last);
        }
        for (int i = first; i <= last; i++) {
            if (!skipped(i, first, last)) {
                setParagraphStyle(i, getParagraph(i).getParagraphStyle().withList(all ? ParStyle.ListKind.NONE : kind));
            }
        }
    }

    /** An empty line between others selected is the space between paragraphs, not an item. */
    private boolean skipped(int paragraph, int first, int last) {
        return first != last && getParagraphLength(paragraph) == 0;
    }

    private void restyle(IndexRange range, UnaryOperator<TextStyle> change) {
        StyleSpans<TextStyle> spans = getStyleSpans(range);
        setStyleSpans(range.getStart(), spans.mapStyles(change));
    }

    private TextStyle styleAtCaret() {
        return getStyleAtPosition(getCaretPosition());
    }

    private Node listMark(int paragraph) {
        ParStyle style = getParagraph(paragraph).getParagraphStyle();
        if (style.list() == ParStyle.ListKind.NONE) {
            return null;
        }
        int number = 1;
        for (int i = paragraph - 1; i >= 0 && getParagraph(i).getParagraphStyle().list() == style.list(); i--) {
            number++;
        }
        Label mark = new Label(style.list() == ParStyle.ListKind.BULLET ? "•" : number + ".");
        mark.getStyleClass().add("rich-list-mark");
        return mark;
    }

    private static void styleParagraph(TextFlow flow, ParStyle style) {
        flow.getStyleClass().removeAll("rich-list-item");
        if (style.list() != ParStyle.ListKind.NONE) {
            flow.getStyleClass().add("rich-list-item");
        }
    }

    private static void styleText(TextExt text, TextStyle style) {
        StringBuilder css = new StringBuilder();
        css.append(style.bold() ? "-fx-font-weight: bold;" : "");
        css.append(style.italic() ? "-fx-font-style: italic;" : "");
        css.append(style.underline() || style.link() != null ? "-fx-underline: true;" : "");
        text.setStyle(css.toString());
        if (style.link() != null) {
            text.getStyleClass().add("rich-link");
        }
        if (style.variable()) {
            text.getStyleClass().add("rich-chip");
        }
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.common.ui.WholeWords;
import dev.taskinbox.common.ui.Css;
import dev.taskinbox.compose.Placeholders;
import dev.taskinbox.compose.RichEmailArea;
import dev.taskinbox.compose.SnippetPicker;
import dev.taskinbox.compose.Snippets;
import dev.taskinbox.compose.TextSpot;
import dev.taskinbox.compose.VariableMenu;
import dev.taskinbox.task.SendChecks;
import dev.taskinbox.task.TaskType;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The message: formatted as the prospect reads it, and its editor while the rep edits. An email
 * is edited as the prospect will read it (the rich editor); "HTML source" shows its markup
 * instead, with the formatted message following every keystroke under it. An SMS is plain text.
 */
final class BodyPane extends VBox {
    private final FormattedBody formatted = new FormattedBody();
    private final TextArea editor = new TextArea();
    /** Made the first time an email is edited: the window starts without it (it is the costliest part of the pane). */
    private RichEmailArea rich;
    private final StackPane richHolder = new StackPane();
    private final ToggleButton source = new ToggleButton("HTML source");
    private final PreviewViewModel viewModel;
    private final BooleanBinding email;
    /** The rich editor shows an older body (it was edited as source, or hidden): load it when it shows again. */
    private boolean richStale = true;
    private Snippets snippets;
    static final KeyCombination SNIPPETS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    BodyPane(PreviewViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        email = Bindings.createBooleanBinding(() -> viewModel.detailProperty().get() != null
                && viewModel.detailProperty().get().type() == TaskType.MANUAL_EMAIL, viewModel.detailProperty());
        viewModel.editor().bodyProperty().addListener((obs, before, now) -> {
            formatted.show(now);
            if (rich == null || !now.equals(rich.htmlProperty().get())) {
                richStale = true;
                loadRichIfShown();
            }
        });
        formatted.show(viewModel.editor().bodyProperty().get());
        editor.setId("preview-body-editor");
        editor.setAccessibleText("Edit the message");
        editor.setWrapText(true);
        editor.textProperty().bindBidirectional(viewModel.editor().bodyProperty());
        editor.editableProperty().bind(viewModel.gate().editableProperty());
        // In the plain editor too, Tab selects the next unfilled {{variable}} (and leaves once none is left).
        editor.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.TAB && !key.isShortcutDown() && selectNextIn(editor, !key.isShiftDown())) {
                key.consume();
            }
        });
        offerHelpersIn(TextSpot.of(editor));
        source.setId("preview-source");
        source.setFocusTraversable(false);
        Label htmlHint = new Label("Editing the email's HTML. Below: the message as the prospect will see it.");
        htmlHint.setId("preview-html-hint");
        htmlHint.getStyleClass().add(Css.FIELD_NOTE);
        htmlHint.setWrapText(true);
        HBox.setHgrow(htmlHint, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        BooleanBinding editingEmail = viewModel.editingProperty().and(email);
        BooleanBinding asSource = editingEmail.and(source.selectedProperty());
        HBox sourceBar = new HBox(8, htmlHint, gap, source);
        show(sourceBar, editingEmail);
        show(htmlHint, asSource);
        show(editor, viewModel.editingProperty().and(email.not().or(source.selectedProperty())));
        show(richHolder, editingEmail.and(source.selectedProperty().not()));
        richHolder.visibleProperty().addListener((obs, was, now) -> loadRichIfShown());
        show(formatted, viewModel.editingProperty().not().or(asSource));
        VBox.setVgrow(editor, Priority.ALWAYS);
        VBox.setVgrow(richHolder, Priority.ALWAYS);
        VBox.setVgrow(formatted, Priority.ALWAYS);
        getChildren().addAll(sourceBar, editor, richHolder, formatted);
    }

    /** The {{ list and Ctrl+Shift+S in an editor. */
    private void offerHelpersIn(TextSpot spot) {
        VariableMenu.offerIn(spot, viewModel.prospect().fieldsProperty()::get);
        spot.node().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (SNIPPETS.match(key)) {
                key.consume();
                insertSnippet(spot);
            }
        });
    }

    /** The rich editor, made when first shown. */
    private RichEmailArea rich() {
        if (rich == null) {
            rich = new RichEmailArea();
            rich.setId("preview-rich-editor");
            rich.setAccessibleText("Edit the email");
            rich.editableProperty().bind(viewModel.gate().editableProperty());
            rich.htmlProperty().addListener((obs, before, now) -> viewModel.editor().bodyProperty().set(now));
            rich.setOnAskToFlatten(this::mayFlatten);
            offerHelpersIn(TextSpot.of(rich));
            VirtualizedScrollPane<RichEmailArea> richPane = new VirtualizedScrollPane<>(rich);
            richPane.getStyleClass().add("rich-email-pane");
            richHolder.getChildren().add(richPane);
        }
        return rich;
    }

    /** Where Ctrl+Shift+S finds the rep's snippets (none until the app gives them). */
    void useSnippets(Snippets library) {
        this.snippets = library;
    }

    private void insertSnippet(TextSpot spot) {
        if (snippets == null || !viewModel.editingProperty().get() || !viewModel.gate().editableProperty().get()) {
            return;
        }
        SnippetPicker.pick(getScene().getWindow(), snippets).ifPresent(snippet ->
                spot.replaceBeforeCaret(0, snippet.filledFrom(viewModel.prospect().fieldsProperty().get())));
        spot.node().requestFocus();
    }

    private static void show(javafx.scene.Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    void setLinkOpener(Consumer<String> opener) {
        formatted.setLinkOpener(opener);
    }

    private void loadRichIfShown() {
        if (richStale && richHolder.isVisible()) {
            richStale = false;
            rich().load(viewModel.editor().bodyProperty().get());
        }
    }

    private static boolean selectNextIn(TextArea area, boolean forward) {
        Optional<IndexRange> found = Placeholders.next(area.getText(), area.getSelection(), forward);
        found.ifPresent(range -> area.selectRange(range.getStart(), range.getEnd()));
        return found.isPresent();
    }

    /** Asked before the first change to a block the editor cannot keep. */
    private boolean mayFlatten(String what) {
        ButtonType change = new ButtonType("Change it as plain text", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "This part of the email has " + what
                + ", which this editor cannot keep. While you leave it alone it goes out exactly as it is; "
                + "changed here, it goes out as plain paragraphs. To keep it, edit it in HTML source instead.",
                change, ButtonType.CANCEL);
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Change this part?");
        ask.setHeaderText("Change this part as plain text?");
        return WholeWords.in(ask).showAndWait().filter(change::equals).isPresent();
    }

    /**
     * Puts the caret where the work is: on the first unresolved {{variable}} (selected, so typing
     * replaces it), in the subject first when it has one; otherwise at the end of the message.
     */
    void startEditing(TextField subject) {
        Matcher inSubject = SendChecks.PLACEHOLDER.matcher(subject.getText() == null ? "" : subject.getText());
        if (subject.isVisible() && inSubject.find()) {
            subject.requestFocus();
            subject.selectRange(inSubject.start(), inSubject.end());
            return;
        }
        if (richHolder.isVisible()) {
            rich();
            loadRichIfShown();
            rich.requestFocus();
            rich.moveTo(0);
            if (!rich.selectNextPlaceholder()) {
                rich.moveTo(rich.getLength());
            }
            rich.requestFollowCaret();
            return;
        }
        editor.requestFocus();
        Matcher inBody = SendChecks.PLACEHOLDER.matcher(editor.getText() == null ? "" : editor.getText());
        if (inBody.find()) {
            editor.selectRange(inBody.start(), inBody.end());
        } else {
            editor.end();
        }
    }
}

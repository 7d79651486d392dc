package dev.taskinbox.preview;

import dev.taskinbox.common.ui.Css;
import dev.taskinbox.task.SendChecks;
import dev.taskinbox.task.TaskType;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The message: formatted as the prospect reads it, and its editor while the rep edits. An email
 * is edited as HTML, so while editing the formatted message stays in view under the editor and
 * follows every keystroke; an SMS is plain text and needs no second view.
 */
final class BodyPane extends VBox {
    private final FormattedBody formatted = new FormattedBody();
    private final TextArea editor = new TextArea();

    BodyPane(PreviewViewModel viewModel) {
        super(6);
        viewModel.editor().bodyProperty().addListener((obs, before, now) -> formatted.show(now));
        formatted.show(viewModel.editor().bodyProperty().get());
        editor.setId("preview-body-editor");
        editor.setAccessibleText("Edit the message");
        editor.setWrapText(true);
        editor.textProperty().bindBidirectional(viewModel.editor().bodyProperty());
        editor.editableProperty().bind(viewModel.gate().editableProperty());
        BooleanBinding email = Bindings.createBooleanBinding(() -> viewModel.detailProperty().get() != null
                && viewModel.detailProperty().get().type() == TaskType.MANUAL_EMAIL, viewModel.detailProperty());
        Label htmlHint = new Label("Editing the email's HTML. Below: the message as the prospect will see it.");
        htmlHint.setId("preview-html-hint");
        htmlHint.getStyleClass().add(Css.FIELD_NOTE);
        htmlHint.setWrapText(true);
        htmlHint.visibleProperty().bind(viewModel.editingProperty().and(email));
        htmlHint.managedProperty().bind(htmlHint.visibleProperty());
        editor.visibleProperty().bind(viewModel.editingProperty());
        editor.managedProperty().bind(editor.visibleProperty());
        formatted.visibleProperty().bind(viewModel.editingProperty().not().or(email));
        formatted.managedProperty().bind(formatted.visibleProperty());
        VBox.setVgrow(editor, Priority.ALWAYS);
        VBox.setVgrow(formatted, Priority.ALWAYS);
        getChildren().addAll(htmlHint, editor, formatted);
    }

    void setLinkOpener(Consumer<String> opener) {
        formatted.setLinkOpener(opener);
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
        editor.requestFocus();
        Matcher inBody = SendChecks.PLACEHOLDER.matcher(editor.getText() == null ? "" : editor.getText());
        if (inBody.find()) {
            editor.selectRange(inBody.start(), inBody.end());
        } else {
            editor.end();
        }
    }
}

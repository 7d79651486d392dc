package dev.taskinbox.preview;

import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.SmsSegments;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/**
 * Under a message whose length matters: an SMS's characters and messages, and a LinkedIn
 * connection note against the 300 characters LinkedIn takes (marked once past them).
 */
final class MessageCounter extends Label {
    static final int CONNECTION_NOTE_LIMIT = 300;
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    MessageCounter(PreviewViewModel viewModel) {
        setId("preview-sms-count");
        getStyleClass().add(PreviewStyles.SMS_COUNT);
        textProperty().bind(Bindings.createStringBinding(() -> text(viewModel.detailProperty().get(), viewModel.editor()),
                viewModel.editor().bodyProperty(), viewModel.detailProperty()));
        textProperty().addListener((obs, was, now) -> pseudoClassStateChanged(OVER, now.contains(" over ")));
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    private static String text(TaskDetail task, Editor editor) {
        if (task == null) {
            return "";
        }
        if (task.type() == TaskType.SMS) {
            SmsSegments segments = SmsSegments.of(editor.bodyProperty().get());
            return segments.characters() + " characters · " + segments.count() + " SMS"
                    + (segments.unicode() ? " (Unicode: 70 a message)" : "");
        }
        if (task.type() == TaskType.LINKED_IN && task.linkedInAction() == LinkedInAction.CONNECT) {
            int length = editor.plainText().codePointCount(0, editor.plainText().length());
            return length <= CONNECTION_NOTE_LIMIT ? length + " of " + CONNECTION_NOTE_LIMIT + " characters (LinkedIn's limit for a connection note)"
                    : length + " characters: " + (length - CONNECTION_NOTE_LIMIT) + " over LinkedIn's " + CONNECTION_NOTE_LIMIT
                    + " for a connection note";
        }
        return "";
    }
}

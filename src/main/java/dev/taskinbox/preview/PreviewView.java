package dev.taskinbox.preview;

import atlantafx.base.theme.Styles;
import dev.taskinbox.common.ui.Css;
import dev.taskinbox.common.ui.TaskTypeIcons;
import dev.taskinbox.compose.Snippets;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.SendChecks;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.time.ZoneId;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The right-hand pane: where the task goes, what it says, and the button that does it. */
public final class PreviewView extends StackPane {
    private static final Pattern UNRESOLVED = SendChecks.PLACEHOLDER;


    private final PreviewViewModel viewModel;
    private final Label heading = new Label();
    private final Label who = new Label();
    private final Label flags = new Label();
    private final Label accountNote = new Label();
    private ObservableMap<Long, String> sequenceNames = FXCollections.observableHashMap();
    private final Label target = new Label();
    private final Label targetCaption = new Label("To");
    private final Label due = new Label();
    private final SenderPicker accountPicker;
    private final TextField subject = new TextField();
    private final BodyPane bodyPane;
    private final ToggleButton edit = new ToggleButton("Edit");
    private final Button reset = new Button("Reset");
    private final Button send = new Button();
    private final Button open = new Button("Open");
    private final Button copy = new Button("Copy");
    private final MessageCounter smsCount;
    private final HBox actionBar = new HBox(8);
    private final ChoiceBox<CallOutcome> outcome = new ChoiceBox<>();
    private Consumer<String> linkOpener = link -> { };
    private final Label blocked = new Label();
    private final Label empty = new Label("Select a task to see it here.");
    private final ProgressIndicator loading = new ProgressIndicator();
    private VBox accountRow;
    private VBox subjectRow;

    /** The snippets Ctrl+Shift+S offers in the message editors. */
    public void useSnippets(Snippets snippets) {
        bodyPane.useSnippets(snippets);
    }

    public PreviewView(PreviewViewModel viewModel) {
        this.viewModel = viewModel;
        this.bodyPane = new BodyPane(viewModel);
        this.smsCount = new MessageCounter(viewModel);
        this.accountPicker = new SenderPicker(viewModel);
        getStyleClass().add(PreviewStyles.PREVIEW);
        getStylesheets().add(Css.sheet(PreviewStyles.SHEET));
        setMinWidth(320);
        VBox body = FieldRows.withError(bodyPane, "preview-body-error", viewModel.complaints().bodyErrorProperty());
        VBox.setVgrow(body.getChildren().get(0), Priority.ALWAYS);
        Label sendError = FieldRows.errorLabel("preview-send-error", viewModel.complaints().sendErrorProperty());
        Label warning = FieldRows.errorLabel("preview-warning", viewModel.gate().warningProperty());
        warning.getStyleClass().setAll("label", Css.FIELD_WARNING);
        who.setId("preview-context");
        who.getStyleClass().add(PreviewStyles.CONTEXT);
        // Contact, sequence and step run longer than the pane for long names: a second line, never "...".
        who.setWrapText(true);
        who.setMinHeight(Region.USE_PREF_SIZE);
        flags.setId("preview-flags");
        flags.getStyleClass().add(PreviewStyles.FLAGS);
        flags.managedProperty().bind(flags.visibleProperty());
        VBox content = new VBox(10, new VBox(2, heading, who, flags), fields(), body, smsCount, sendError, warning, new BlockedRow(blocked, viewModel),
                actions());
        content.getStyleClass().add(PreviewStyles.CONTENT);
        VBox.setVgrow(body, Priority.ALWAYS);
        content.visibleProperty().bind(viewModel.detailProperty().isNotNull());
        empty.getStyleClass().add(Css.PLACEHOLDER);
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.when(viewModel.loadErrorProperty().isEmpty())
                .then("Select a task to see it here.").otherwise(viewModel.loadErrorProperty()));
        empty.visibleProperty().bind(viewModel.detailProperty().isNull().and(viewModel.loadingProperty().not()));
        loading.visibleProperty().bind(viewModel.loadingProperty());
        loading.setMaxSize(48, 48);
        getChildren().addAll(content, empty, loading);
        viewModel.editingProperty().addListener((obs, was, editing) -> {
            if (editing) {
                bodyPane.startEditing(subject);
            }
        });
        viewModel.detailProperty().addListener((obs, old, task) -> showTask(task));
        showTask(viewModel.detailProperty().get());
    }

    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(PreviewStyles.FIELDS);
        grid.setHgap(10);
        grid.setVgap(6);
        target.setId("preview-target");
        target.getStyleClass().add(PreviewStyles.TARGET);
        due.setId("preview-due");
        subject.setId("preview-subject");
        subject.setAccessibleText("Subject");
        subject.textProperty().bindBidirectional(viewModel.editor().subjectProperty());
        subject.editableProperty().bind(viewModel.editingProperty().and(viewModel.gate().editableProperty()));
        grid.addRow(0, targetCaption, target);
        accountRow = FieldRows.withError(accountPicker, "preview-account-error", viewModel.complaints().accountErrorProperty());
        // A disabled control shows no tooltip, so the reason is written out beside it.
        accountNote.setId("preview-account-note");
        accountNote.getStyleClass().add(Css.FIELD_NOTE);
        accountNote.textProperty().bind(viewModel.gate().senderNoteProperty());
        accountNote.visibleProperty().bind(viewModel.gate().senderNoteProperty().isNotEmpty());
        accountNote.managedProperty().bind(accountNote.visibleProperty());
        accountRow.getChildren().add(1, accountNote);
        subject.textProperty().addListener((obs, before, now) ->
                subject.pseudoClassStateChanged(PreviewStyles.UNRESOLVED, now != null && UNRESOLVED.matcher(now).find()));
        subjectRow = FieldRows.withError(subject, "preview-subject-error", viewModel.complaints().subjectErrorProperty());
        grid.addRow(1, new Label("From"), accountRow);
        grid.addRow(2, new Label("Subject"), subjectRow);
        grid.addRow(3, new Label("Due"), due);
        Label local = new Label();
        local.setId("preview-local-time");
        local.textProperty().bind(viewModel.prospect().localTimeProperty());
        Label localCaption = new Label("Their time");
        for (Label label : new Label[] {local, localCaption}) {
            label.visibleProperty().bind(viewModel.prospect().localTimeProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        grid.addRow(5, localCaption, local);
        outcome.setId("preview-call-outcome");
        outcome.setAccessibleText("How the call went");
        outcome.getItems().setAll(CallOutcome.values());
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(CallOutcome value) {
                return value == null ? "Not said" : value.label();
            }

            @Override
            public CallOutcome fromString(String text) {
                return null;
            }
        });
        outcome.valueProperty().bindBidirectional(viewModel.editor().callOutcomeProperty());
        grid.addRow(4, new Label("Outcome"), outcome);
        grid.getChildren().forEach(node -> {
            if (node instanceof Label caption && GridPane.getColumnIndex(node) == 0) {
                caption.setMinWidth(Region.USE_PREF_SIZE);   // "Subject" must never shrink to "Sub..."
            }
        });
        GridPane.setHgrow(accountRow, Priority.ALWAYS);
        GridPane.setHgrow(subjectRow, Priority.ALWAYS);
        return grid;
    }

    private HBox actions() {
        edit.setId("preview-edit");
        edit.setAccessibleText("Edit the message");
        edit.selectedProperty().bindBidirectional(viewModel.editingProperty());
        reset.setId("preview-reset");
        reset.setOnAction(event -> viewModel.resetToTemplate());
        send.setId("preview-send");
        send.setDefaultButton(false);
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(viewModel.gate().blockedReasonProperty().isNotEmpty());
        send.setOnAction(event -> viewModel.sendOrComplete());
        send.setTooltip(new Tooltip("Ctrl+Enter"));
        blocked.setId("preview-blocked");
        blocked.getStyleClass().add(PreviewStyles.BLOCKED);
        blocked.setWrapText(true);
        blocked.textProperty().bind(viewModel.gate().blockedReasonProperty());
        open.setId("preview-open");
        open.setTooltip(new Tooltip("O"));
        open.setOnAction(event -> TaskLinks.linkTo(viewModel.detailProperty().get()).ifPresent(linkOpener));
        copy.setId("preview-copy");
        copy.setTooltip(new Tooltip("Ctrl+C"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.editor().plainText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        reset.setTooltip(new Tooltip("Reset to template: drop your edit"));
        for (Control button : new Control[] {edit, reset, open, copy, send}) {
            button.setMinWidth(Region.USE_PREF_SIZE);   // the buttons keep their words; the spacer gives way
        }
        actionBar.getChildren().setAll(edit, reset, open, copy, spacer, send);
        actionBar.setAlignment(Pos.CENTER_LEFT);
        return actionBar;
    }

    /** Sequence names by id (filled in by the list once read), for the line under the heading. */
    public void useSequenceNames(ObservableMap<Long, String> names) {
        sequenceNames = names;
        names.addListener((MapChangeListener<Long, String>) change -> showContext(viewModel.detailProperty().get()));
        showContext(viewModel.detailProperty().get());
    }

    private void showContext(TaskDetail task) {
        if (task == null) {
            return;
        }
        who.setText(TaskContext.who(viewModel.selectedProperty().get(), task, sequenceNames));
        flags.setText(TaskContext.flags(task));
        flags.setVisible(!flags.getText().isEmpty());
        flags.pseudoClassStateChanged(PreviewStyles.FAILED, task.failed());
    }

    /** Adds an action of the window's (e.g. Snooze) to the bar, before the main button. */
    public void addAction(Node action) {
        actionBar.getChildren().add(actionBar.getChildren().size() - 2, action);
    }

    /** Where the Open button sends links (the desktop's browser, mail or phone app). */
    public void setLinkOpener(Consumer<String> opener) {
        this.linkOpener = opener;
        bodyPane.setLinkOpener(opener);
    }

    private void showTask(TaskDetail task) {
        if (task == null) {
            return;
        }
        heading.setGraphic(TaskTypeIcons.of(task.type()));
        String kind = task.type() == TaskType.LINKED_IN && task.linkedInAction() != null
                ? "LinkedIn · " + task.linkedInAction().label() : task.type().label();
        heading.setText(kind);   // the step is named on the line under it, with the contact and sequence
        heading.getStyleClass().setAll("label", PreviewStyles.HEADING);
        targetCaption.setText(switch (task.type()) {
            case MANUAL_EMAIL -> "To";
            case SMS, CALL, WHATSAPP -> "Phone";
            case LINKED_IN -> "Profile";
            default -> "Target";
        });
        target.setText(task.target().addressFor(task.type()).orElse("— none —"));
        due.setText(TaskContext.when(task, ZoneId.systemDefault()));
        showContext(task);
        boolean executable = task.type().isExecutable();
        send.setText(executable ? "Send" : "Complete");
        send.setAccessibleText(executable ? "Send now" : "Mark as done");
        edit.disableProperty().bind(viewModel.gate().editableProperty().not());
        reset.disableProperty().bind(viewModel.gate().editableProperty().not());
        // Hand-done tasks have no text to edit, but a target to open and text to copy.
        for (Node node : new Node[] {edit, reset}) {
            node.setVisible(executable);
            node.setManaged(executable);
        }
        boolean hasTarget = task.target().addressFor(task.type()).isPresent();
        open.setVisible(hasTarget);
        open.setManaged(hasTarget);
        open.setText(switch (task.type()) {
            case LINKED_IN -> "Profile";
            case CALL, WHATSAPP, SMS -> "Call";
            case MANUAL_EMAIL -> "Mail";
            default -> "Open";
        });
        blocked.pseudoClassStateChanged(PreviewStyles.SETTLED, task.status() != TaskStatus.NEW);
        FieldRows.setRowVisible(accountRow, task.type() == TaskType.MANUAL_EMAIL);
        FieldRows.setRowVisible(subjectRow, task.type() == TaskType.MANUAL_EMAIL);
        FieldRows.setRowVisible(outcome, task.type() == TaskType.CALL);
        accountPicker.setTooltip(new Tooltip(viewModel.gate().accountPickableProperty().get()
                ? "The account this email goes out from" : "Sender set by the sequence"));
    }
}

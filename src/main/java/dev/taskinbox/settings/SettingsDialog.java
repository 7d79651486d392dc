package dev.taskinbox.settings;

import atlantafx.base.theme.Styles;
import dev.taskinbox.task.WorkingHours;
import dev.taskinbox.common.fx.UiThread;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Settings: where Reply is, the key (masked; typed in, never shown), how to talk to it, the undo
 * window and the theme, with a connection test. Returns what the rep chose; storing is the caller's.
 */
public final class SettingsDialog {

    /** Where the dialog starts: its first field, or the one Reply asked for. */
    public enum Focus { FIRST, TEAM, ACTING_USER }

    /** The rep's choices; {@code newKey} is empty when the stored key stays. */
    public record Choice(AppSettings settings, String newKey) {
    }

    private static final String AUTOMATIC = "Automatic";

    private final Dialog<Choice> dialog = new Dialog<>();
    private final TextField url;
    private final Label urlProblem = new Label();

    /**
     * @param tester called with (URL, key or "" for the stored one); answers a sentence for the rep
     */
    public SettingsDialog(Window owner, AppSettings current, String keyPlace,
                          BiFunction<String, String, CompletionStage<String>> tester) {
        this(owner, current, keyPlace, tester, Focus.FIRST);
    }

    /** @param focus the field to start on (Reply asked for a team or an acting user) */
    public SettingsDialog(Window owner, AppSettings current, String keyPlace,
                          BiFunction<String, String, CompletionStage<String>> tester, Focus focus) {
        dialog.initOwner(owner);
        dialog.setTitle("Settings");
        dialog.setHeaderText("Task Inbox settings");
        url = new TextField(current.apiUrl());
        url.setId("settings-url");
        url.setPromptText("https://api.reply.io");
        PasswordField key = new PasswordField();
        key.setId("settings-key");
        key.setPromptText("Leave empty to keep the stored key");
        key.setTooltip(new Tooltip("The key is kept in " + keyPlace + ", never in the settings file."));
        ChoiceBox<String> scheme = new ChoiceBox<>();
        scheme.setId("settings-auth");
        scheme.getItems().setAll(AUTOMATIC, "X_API_KEY", "BEARER");
        scheme.setValue(current.authScheme().isEmpty() ? AUTOMATIC : current.authScheme());
        ChoiceBox<String> dialect = new ChoiceBox<>();
        dialect.setId("settings-dialect");
        dialect.getItems().setAll(AUTOMATIC, "INTEGERS", "STRINGS");
        dialect.setValue(current.enumDialect().isEmpty() ? AUTOMATIC : current.enumDialect().toUpperCase());
        TextField team = new TextField(current.teamId());
        team.setId("settings-team");
        team.setPromptText("Only if your key reaches several teams");
        TextField actingUser = new TextField(current.actingUser());
        actingUser.setId("settings-acting-user");
        actingUser.setPromptText("User id or email, for organization keys");
        Spinner<Integer> undo = new Spinner<>(0, 30, current.undoSeconds());
        undo.setId("settings-undo");
        undo.setEditable(true);
        TextField hours = new TextField(current.workingHours().isEmpty() ? WorkingHours.DEFAULT.text() : current.workingHours());
        hours.setId("settings-hours");
        hours.setPromptText(WorkingHours.DEFAULT.text());
        Label hoursProblem = new Label();
        hoursProblem.setId("settings-hours-problem");
        hoursProblem.setWrapText(true);
        hoursProblem.setMinHeight(Region.USE_PREF_SIZE);
        hoursProblem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> hours.getText().isBlank()
                || WorkingHours.parse(hours.getText()).isPresent() ? "" : "Write the hours as 08:00-18:00 Mon-Fri (or Mon,Tue,Thu).",
                hours.textProperty()));
        CheckBox dark = new CheckBox("Dark theme");
        dark.setId("settings-dark");
        dark.setSelected(current.darkTheme());
        Label result = new Label();
        result.setId("settings-test-result");
        result.setWrapText(true);
        result.setMaxWidth(380);
        Button test = new Button("Test connection");
        test.setId("settings-test");
        test.setMinWidth(Region.USE_PREF_SIZE);
        test.setOnAction(event -> {
            result.setText("Testing…");
            tester.apply(url.getText().strip(), key.getText().strip())
                    .thenAccept(answer -> UiThread.run(() -> result.setText(answer)));
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        urlProblem.setId("settings-url-problem");
        urlProblem.setWrapText(true);
        urlProblem.setMaxWidth(380);
        urlProblem.setMinHeight(Region.USE_PREF_SIZE);   // the whole reason, however it wraps
        urlProblem.managedProperty().bind(urlProblem.textProperty().isNotEmpty());
        // A field that cannot be saved carries the theme's danger mark, beside its reason in words.
        markWhenWrong(url, urlProblem);
        markWhenWrong(hours, hoursProblem);
        grid.addRow(0, caption("API URL", url), new javafx.scene.layout.VBox(4, url, urlProblem));
        grid.addRow(1, caption("API key", key), key);
        grid.addRow(2, caption("Auth header", scheme), scheme);
        grid.addRow(3, caption("Enum format", dialect), dialect);
        grid.addRow(4, caption("Team", team), team);
        grid.addRow(5, caption("Acting user", actingUser), actingUser);
        grid.addRow(6, caption("Undo window (s)", undo), undo);
        grid.addRow(7, caption("Their working hours", hours), new javafx.scene.layout.VBox(4, hours, hoursProblem));
        ChoiceBox<String> scale = new ChoiceBox<>();
        scale.setId("settings-ui-scale");
        AppSettings.UI_SCALES.forEach(offered -> scale.getItems().add(offered[1]));
        scale.setValue(AppSettings.UI_SCALES.stream().filter(offered -> offered[0].equals(current.uiScale()))
                .map(offered -> offered[1]).findFirst().orElse("Automatic"));
        Label scaleWhen = new Label("from the next start");
        scaleWhen.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox scaleRow = new javafx.scene.layout.HBox(10, scale, scaleWhen);
        scaleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        CheckBox system = new CheckBox("As the desktop (where it says)");
        system.setId("settings-system-theme");
        system.setSelected(current.systemTheme());
        dark.disableProperty().bind(system.selectedProperty());
        javafx.scene.layout.HBox themeRow = new javafx.scene.layout.HBox(16, dark, system);
        grid.addRow(8, caption("Theme", dark), themeRow);
        grid.addRow(9, caption("UI scale", scale), scaleRow);
        grid.addRow(10, test, result);
        Label later = new Label("A new URL, key, header, format, team or user connects anew when you save (drafts are kept).\n"
                + "Automatic finds out what Reply accepts and remembers it.");
        later.setWrapText(true);
        later.setMinHeight(Region.USE_PREF_SIZE);   // every line of it shows, however it wraps
        grid.add(later, 0, 11, 2, 1);
        if (focus != Focus.FIRST) {
            // After the dialog has put focus on its own first control.
            TextField asked = focus == Focus.TEAM ? team : actingUser;
            dialog.setOnShown(event -> UiThread.later(asked::requestFocus));
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("settings-save");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(hoursProblem.textProperty().isNotEmpty()
                .or(urlProblem.textProperty().isNotEmpty()));
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("settings-cancel");
        dialog.setResultConverter(button -> button != save ? null : new Choice(new AppSettings(
                AUTOMATIC.equals(scheme.getValue()) ? "" : scheme.getValue(),
                AUTOMATIC.equals(dialect.getValue()) ? "" : dialect.getValue(),
                undo.getValue(), url.getText(), dark.isSelected(), team.getText(), actingUser.getText(),
                WorkingHours.parse(hours.getText()).map(WorkingHours::text).orElse(""),
                AppSettings.UI_SCALES.stream().filter(offered -> offered[1].equals(scale.getValue())).map(offered -> offered[0])
                        .findFirst().orElse(""), system.isSelected()),
                key.getText().strip()));
    }

    private static void markWhenWrong(TextField field, Label problem) {
        problem.textProperty().addListener((obs, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !problem.getText().isEmpty());
    }

    /** A field's caption, which a screen reader also speaks as the field's name. */
    private static Label caption(String text, Control field) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);   // a caption is never cut to "…"
        label.setLabelFor(field);
        field.setAccessibleText(text);
        return label;
    }

    /**
     * Refuses a URL the app could not use, in the dialog and with the reason ({@code problem} answers
     * "" for a good one), so no bad URL is ever saved to lock the rep out at the next start.
     */
    public SettingsDialog checkUrlWith(java.util.function.Function<String, String> problem) {
        urlProblem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> url.getText().isBlank() ? "" : problem.apply(url.getText()), url.textProperty()));
        return this;
    }

    public Optional<Choice> ask() {
        return dialog.showAndWait();
    }
}

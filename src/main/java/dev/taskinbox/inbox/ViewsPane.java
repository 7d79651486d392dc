package dev.taskinbox.inbox;

import dev.taskinbox.common.ui.Css;
import dev.taskinbox.common.ui.TaskTypeIcons;
import dev.taskinbox.task.TaskType;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left side bar: the day's views and the task types, each with a live count; a click filters. */
public final class ViewsPane extends VBox {

    public ViewsPane(InboxViewModel inbox) {
        getStyleClass().add(InboxStyles.VIEWS_PANE);
        getStylesheets().add(Css.sheet(InboxStyles.SHEET));
        setSpacing(2);
        getChildren().add(heading("Views"));
        ToggleGroup views = new ToggleGroup();
        for (TaskView view : TaskView.values()) {
            ToggleButton button = entry("view-" + view.name().toLowerCase(Locale.ROOT), view.label(),
                    inbox.counts().of(view).asString());
            button.setToggleGroup(views);
            if (view == TaskView.WORKING_NOW) {
                button.setTooltip(new Tooltip("Due today, and it is working hours where they are now"
                        + " (their time, the hours set in Settings; their zone is read in the background)"));
            }
            button.setSelected(inbox.filters().viewProperty().get() == view);
            button.setOnAction(event -> {
                inbox.filters().viewProperty().set(view);
                button.setSelected(true);
            });
            inbox.filters().viewProperty().addListener((obs, before, now) -> button.setSelected(now == view));
            getChildren().add(button);
        }
        getChildren().add(heading("Types"));
        // In the order of the number keys 1 to 7.
        for (TaskType type : TaskType.WORK_ORDER) {
            ToggleButton button = entry("type-" + type.name().toLowerCase(Locale.ROOT), type.label(),
                    inbox.counts().of(type).asString());
            button.setGraphic(TaskTypeIcons.of(type));
            // A click adds or removes the type; the button shows the filter, whoever set it (the 1-7 keys too).
            button.setSelected(inbox.filters().typeFilters().contains(type));
            button.setOnAction(event -> inbox.filters().toggleType(type));
            inbox.filters().typeFilters().addListener((SetChangeListener<TaskType>) change ->
                    button.setSelected(inbox.filters().typeFilters().contains(type)));
            button.selectedProperty().addListener((obs, was, is) -> {
                if (is != inbox.filters().typeFilters().contains(type)) {
                    button.setSelected(inbox.filters().typeFilters().contains(type));
                }
            });
            getChildren().add(button);
        }
        getChildren().add(heading("Sequences"));
        VBox sequences = new VBox(2);
        sequences.setId("sequences");
        getChildren().add(sequences);
        Runnable rebuild = () -> showSequences(sequences, inbox);
        inbox.counts().bySequence().addListener((MapChangeListener<Long, Integer>) change -> rebuild.run());
        inbox.sequenceNames().addListener((MapChangeListener<Long, String>) change -> rebuild.run());
        inbox.filters().sequenceFilterProperty().addListener((obs, before, now) -> rebuild.run());
        rebuild.run();
    }

    /** One entry per sequence with tasks to do, rebuilt as counts and names come in. */
    private static void showSequences(VBox box, InboxViewModel inbox) {
        box.getChildren().clear();
        inbox.counts().bySequence().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    long id = entry.getKey();
                    String name = inbox.sequenceNames().getOrDefault(id, "Sequence " + id);
                    // Sequence names run long: the count goes first so it is never the part cut off.
                    ToggleButton button = entry("sequence-" + id, entry.getValue() + "  " + name,
                            new SimpleStringProperty(""));
                    button.setTooltip(new Tooltip(name + " · " + entry.getValue() + " to do"));
                    // The pane is narrow and names run long: the whole name shows, over two lines if need be.
                    button.setWrapText(true);
                    button.setMinHeight(Region.USE_PREF_SIZE);   // never squeezed back to one cut line
                    button.setSelected(Long.valueOf(id).equals(inbox.filters().sequenceFilterProperty().get()));
                    button.setOnAction(event -> inbox.filters().sequenceFilterProperty().set(
                            Long.valueOf(id).equals(inbox.filters().sequenceFilterProperty().get()) ? null : id));
                    box.getChildren().add(button);
                });
    }

    private static Label heading(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().add(InboxStyles.VIEWS_HEADING);
        return label;
    }

    private static ToggleButton entry(String id, String label, StringExpression count) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.textProperty().bind(Bindings.concat(label, "  ", count));
        button.setAccessibleText(label);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setFocusTraversable(false);
        button.getStyleClass().add(InboxStyles.VIEWS_ENTRY);
        return button;
    }
}

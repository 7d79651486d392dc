package dev.taskinbox.app;

import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.inbox.TaskView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Takes the window's layout as the rep left it, and gives it back at the next start (see {@link WindowLayout}). */
final class LayoutKeeper {
    private LayoutKeeper() {
    }

    static WindowLayout capture(Stage stage, MainWindow window) {
        TableView<TaskRow> table = window.table();
        List<WindowLayout.Column> columns = table.getColumns().stream()
                .map(column -> new WindowLayout.Column(column.getId(), column.getWidth())).toList();
        TableColumn<TaskRow, ?> sorted = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
        List<Double> dividers = new ArrayList<>();
        for (double at : window.panes().getDividerPositions()) {
            dividers.add(at);
        }
        return new WindowLayout(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                stage.isMaximized(), dividers, columns, sorted == null ? "" : sorted.getId(),
                sorted == null || sorted.getSortType() == TableColumn.SortType.ASCENDING,
                window.inbox().filters().viewProperty().get().name());
    }

    /** Puts the layout back; the window's place only when a screen still shows its title bar. */
    static void apply(Stage stage, MainWindow window, Optional<WindowLayout> saved, List<Rectangle2D> screens) {
        if (saved.isEmpty()) {
            return;
        }
        WindowLayout layout = saved.get();
        applyBounds(stage, layout, screens);
        if (layout.dividers().size() == window.panes().getDividers().size()) {
            // Again once the split has the window's new width: the side bar keeps its pixels when the
            // window is resized, so positions set at the old width would come out elsewhere.
            double[] at = layout.dividers().stream().mapToDouble(Double::doubleValue).toArray();
            window.panes().setDividerPositions(at);
            javafx.beans.value.ChangeListener<Number> once = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> width, Number was, Number now) {
                    if (Math.abs(now.doubleValue() - layout.bounds().getWidth()) < 40) {
                        window.panes().widthProperty().removeListener(this);
                        dev.taskinbox.common.fx.UiThread.later(() -> window.panes().setDividerPositions(at));
                    }
                }
            };
            window.panes().widthProperty().addListener(once);
        }
        TableView<TaskRow> table = window.table();
        List<TableColumn<TaskRow, ?>> ordered = new ArrayList<>();
        for (WindowLayout.Column kept : layout.columns()) {
            table.getColumns().stream().filter(column -> kept.id().equals(column.getId())).findFirst().ifPresent(column -> {
                column.setPrefWidth(kept.width());
                ordered.add(column);
            });
        }
        // Columns the saved layout did not know (a newer version's) keep their place at the end.
        table.getColumns().stream().filter(column -> !ordered.contains(column)).forEach(ordered::add);
        table.getColumns().setAll(ordered);
        table.getColumns().stream().filter(column -> column.getId().equals(layout.sortColumn())).findFirst().ifPresent(column -> {
            column.setSortType(layout.sortAscending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(column));
        });
        for (TaskView view : TaskView.values()) {
            if (view.name().equals(layout.view())) {
                window.inbox().filters().viewProperty().set(view);
            }
        }
    }

    /** The window's place (only when a screen still shows its title bar), size and maximized state. */
    static void applyBounds(Stage stage, WindowLayout layout, List<Rectangle2D> screens) {
        if (WindowLayout.onSomeScreen(layout.bounds(), screens)) {
            stage.setX(layout.bounds().getMinX());
            stage.setY(layout.bounds().getMinY());
        }
        stage.setWidth(layout.bounds().getWidth());
        stage.setHeight(layout.bounds().getHeight());
        stage.setMaximized(layout.maximized());
    }

    /** The screens as the desktop has them now. */
    static List<Rectangle2D> screens() {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    }
}

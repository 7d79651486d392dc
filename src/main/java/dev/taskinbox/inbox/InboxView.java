package dev.taskinbox.inbox;

import dev.taskinbox.common.ui.Css;
import dev.taskinbox.common.ui.DueText;
import dev.taskinbox.common.ui.TaskTypeIcons;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import org.kordamp.ikonli.javafx.FontIcon;
import dev.taskinbox.task.TaskSummary;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.layout.StackPane;

/** The task table: type, contact, step, due (overdue in the danger colour) and status. */
public final class InboxView extends StackPane {
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final TableView<TaskRow> table = new TableView<>();
    private final Clock clock;

    public InboxView(InboxViewModel viewModel, Clock clock) {
        this.clock = clock;
        getStyleClass().add(InboxStyles.INBOX);
        getStylesheets().add(Css.sheet(InboxStyles.SHEET));
        table.setId("task-table");
        table.setAccessibleText("Tasks");
        table.setItems(viewModel.visibleRows());
        // The view model keeps its rows in the table's order (see InboxViewModel#sortBy).
        table.setSortPolicy(view -> {
            viewModel.sortBy(view.getComparator());
            return true;
        });
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Every row is one line high. Saying so up front spares the table measuring rows to guess
        // its length: without it, the first page of rows cost a 100-400 ms frame.
        table.setFixedCellSize(Math.ceil(Font.getDefault().getSize() * 3));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(typeColumn());
        table.getColumns().add(textColumn("Contact", 124, TaskRow::contactNameProperty));
        table.getColumns().add(stepColumn(viewModel));
        TableColumn<TaskRow, TaskSummary> due = dueColumn();
        table.getColumns().add(due);
        table.getColumns().add(localTimeColumn());
        table.getColumns().add(statusColumn());
        // Named, so the window can remember each column's place, width and sort between runs.
        table.getColumns().stream().filter(column -> column.getId() == null)
                .forEach(column -> column.setId("column-" + column.getText().toLowerCase(java.util.Locale.ROOT)));
        // Due first, soonest first: overdue tasks lead, as the rep works the day.
        due.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().add(due);
        table.setRowFactory(view -> new StatusRow());
        // Built when the list's state changes, not with every status message (a countdown sets one a second).
        // Reads "no rows" through its binding: a binding read no more tells nothing of its next change,
        // and the list emptied while loading (a cached list of another account) kept "No task matches".
        BooleanBinding noRows = Bindings.isEmpty(viewModel.rows());
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> ListPlaceholder.of(viewModel, noRows.get()),
                viewModel.stateProperty(), noRows));
        getChildren().add(table);
    }

    /** The row the rep has selected (null when none). */
    public ReadOnlyObjectProperty<TaskRow> selectedRowProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    public TableView<TaskRow> table() {
        return table;
    }

    private TableColumn<TaskRow, TaskSummary> typeColumn() {
        TableColumn<TaskRow, TaskSummary> column = new TableColumn<>("Type");
        column.setPrefWidth(104);
        column.setCellValueFactory(data -> data.getValue().summaryProperty());
        column.setComparator(Comparator.comparing((TaskSummary summary) -> summary.type().label()));
        column.setCellFactory(col -> new TableCell<>() {
            private final FontIcon icon = TaskTypeIcons.of(TaskType.UNKNOWN);

            @Override
            protected void updateItem(TaskSummary item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null;
                setText(blank ? null : item.type().label());
                if (!blank) {
                    TaskTypeIcons.show(icon, item.type());
                }
                setGraphic(blank ? null : icon);
            }
        });
        return column;
    }

    private TableColumn<TaskRow, String> stepColumn(InboxViewModel viewModel) {
        TableColumn<TaskRow, String> column = new TableColumn<>("Step");
        // Wide enough for Reply's usual "Step 4 - LinkedIn" without cutting it.
        column.setPrefWidth(118);
        column.setCellValueFactory(data -> Bindings.createStringBinding(() -> StepText.of(data.getValue(),
                viewModel.sequenceNames()), data.getValue().stepNameProperty(), viewModel.sequenceNames()));
        column.setCellFactory(col -> new TableCell<>() {
            /** The whole name on hover; made on the first hover, as a tooltip is a window of its own. */
            private Tooltip whole;

            {
                // A sequence's name runs longer than the column: it takes a second line (the rows
                // are three lines of text high), never an ellipsis.
                setWrapText(true);
                setOnMouseEntered(event -> {
                    if (whole == null && getText() != null && !getText().isEmpty()) {
                        whole = new Tooltip(getText());
                        setTooltip(whole);
                    }
                });
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (whole != null) {
                    whole.setText(item);
                    setTooltip(empty || item == null || item.isEmpty() ? null : whole);
                }
            }
        });
        return column;
    }

    private TableColumn<TaskRow, TaskSummary> dueColumn() {
        TableColumn<TaskRow, TaskSummary> column = new TableColumn<>("Due");
        column.setPrefWidth(106);
        column.setCellValueFactory(data -> data.getValue().summaryProperty());
        column.setComparator(Comparator.comparing(TaskSummary::dueTo, Comparator.nullsLast(Comparator.naturalOrder())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(TaskSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DueText.relative(item.dueTo(), clock.instant()));
            }
        });
        column.getStyleClass().add(InboxStyles.DUE_CELL);
        return column;
    }

    /** The prospect's clock, once their time zone is known: is it a decent hour to call? */
    private TableColumn<TaskRow, ZoneId> localTimeColumn() {
        TableColumn<TaskRow, ZoneId> column = new TableColumn<>();
        Label header = new Label("Local");
        header.setTooltip(new Tooltip("The contact's local time, once their time zone is known"));
        column.setGraphic(header);
        column.setId("column-local-time");
        column.setPrefWidth(70);
        column.setMinWidth(64);
        column.setCellValueFactory(data -> data.getValue().contactZoneProperty());
        column.setComparator(Comparator.nullsLast(Comparator.comparing(zone -> zone.getRules().getOffset(clock.instant()))));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ZoneId zone, boolean empty) {
                super.updateItem(zone, empty);
                setText(empty || zone == null ? null : LOCAL_TIME.format(clock.instant().atZone(zone)));
            }
        });
        return column;
    }

    private TableColumn<TaskRow, String> statusColumn() {
        TableColumn<TaskRow, String> column = new TableColumn<>("Status");
        column.setPrefWidth(110);
        column.setCellValueFactory(data -> Bindings.createStringBinding(() -> {
            TaskRow row = data.getValue();
            String activity = row.activityProperty().get();
            String state = activity.isEmpty() ? row.statusProperty().get().label() : activity;
            return row.draftProperty().get() ? state + " · edited" : state;
        }, data.getValue().statusProperty(), data.getValue().activityProperty(), data.getValue().draftProperty()));
        return column;
    }

    private static TableColumn<TaskRow, String> textColumn(String title, double width,
            Function<TaskRow, ObservableValue<String>> value) {
        TableColumn<TaskRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> value.apply(data.getValue()));
        return column;
    }

    /** Marks overdue and finished rows so CSS can colour them. */
    private final class StatusRow extends TableRow<TaskRow> {
        private final ChangeListener<TaskStatus> statusListener = (obs, old, now) -> restyle();

        @Override
        protected void updateItem(TaskRow item, boolean empty) {
            TaskRow previous = getItem();
            if (previous != null) {
                previous.statusProperty().removeListener(statusListener);
            }
            super.updateItem(item, empty);
            if (item != null && !empty) {
                item.statusProperty().addListener(statusListener);
            }
            restyle();
        }

        private void restyle() {
            TaskRow item = getItem();
            boolean present = item != null && !isEmpty();
            pseudoClassStateChanged(InboxStyles.OVERDUE, present && item.statusProperty().get() == TaskStatus.NEW
                    && item.summary().isOverdue(clock.instant()));
            pseudoClassStateChanged(InboxStyles.DONE, present && item.statusProperty().get() != TaskStatus.NEW);
        }
    }
}

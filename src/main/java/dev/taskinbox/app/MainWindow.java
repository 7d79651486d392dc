package dev.taskinbox.app;

import dev.taskinbox.common.ui.Css;
import dev.taskinbox.inbox.InboxView;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.inbox.ViewsPane;
import dev.taskinbox.preview.PreviewView;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.snooze.SnoozeAction;
import dev.taskinbox.task.BudgetState;
import java.util.List;
import java.util.ArrayList;
import java.time.Clock;
import java.util.stream.Collectors;
import dev.taskinbox.task.TaskType;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.controlsfx.control.Notifications;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The window's shell: header, the list beside the preview, the status bar, and the shortcuts. */
public final class MainWindow {
    static final String DEMO_NOTICE = "Demo data — nothing is sent to Reply";

    private final Scene scene;
    private final StringExpression title;

    private final KeyboardShortcuts shortcuts;
    private final Button settings = new Button("", new FontIcon(Material2MZ.SETTINGS));
    private final TableView<TaskRow> table;
    private final PreviewView previewView;
    private final InboxViewModel inbox;
    private final SplitPane panes;
    private final LiveQueue live;
    /** The rep's place in the list, kept across refreshes. */
    private final ListPlace place;

    MainWindow(InboxView inboxView, PreviewView previewView, InboxViewModel inbox, PreviewViewModel preview,
               SendQueue queue, Supplier<BudgetState> budget, Clock clock, boolean demo, QueueWork work) {
        TableView<TaskRow> table = inboxView.table();
        inboxView.selectedRowProperty().addListener((obs, old, row) -> {
            preview.show(row == null ? null : row.summary());
            // Read the neighbours ahead, so J and K show the next preview at once; older reads-ahead go.
            int at = table.getSelectionModel().getSelectedIndex();
            List<Long> neighbours = new ArrayList<>();
            for (int neighbour : new int[] {at + 1, at - 1, at + 2}) {
                if (neighbour >= 0 && neighbour < table.getItems().size()) {
                    neighbours.add(table.getItems().get(neighbour).id());
                }
            }
            preview.readAhead(neighbours);
        });
        previewView.addAction(SnoozeAction.menu(inbox, table, clock));
        work.attach(table);
        previewView.useSequenceNames(inbox.sequenceNames());
        // Run-through: once a task is sent or completed, the next one is already selected.
        preview.setOnActed(() -> RunThrough.next(table));

        Label heading = new Label("Task Inbox");
        heading.getStyleClass().add(AppStyles.APP_TITLE);
        Label demoBadge = new Label(DEMO_NOTICE);
        demoBadge.setId("demo-badge");
        demoBadge.getStyleClass().add(AppStyles.DEMO_BADGE);
        demoBadge.setVisible(demo);
        demoBadge.setManaged(demo);
        Button refresh = new Button("Refresh", new FontIcon(Material2MZ.REFRESH));
        refresh.setId("refresh");
        refresh.setAccessibleText("Refresh the task list (F5)");
        refresh.setOnAction(event -> refresh());
        // A plain field: ControlsFX's clearable one lost its frame under the AtlantaFX theme (looked at under Xvfb).
        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("/  Search contact, step, subject");
        search.setAccessibleText("Search tasks");
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(inbox.filters().searchProperty());
        Label filter = new Label();
        filter.setId("type-filter");
        filter.getStyleClass().add(AppStyles.TYPE_FILTER);
        filter.textProperty().bind(Bindings.createStringBinding(() -> inbox.filters().typeFilters().isEmpty() ? ""
                : "Only " + TaskType.WORK_ORDER.stream().filter(inbox.filters().typeFilters()::contains).map(TaskType::label).collect(Collectors.joining(", "))
                        + " · 0 shows all", inbox.filters().typeFilters()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        settings.setId("settings");
        settings.setAccessibleText("Settings");
        settings.setTooltip(new Tooltip("Settings"));
        settings.setDisable(true);
        HBox header = new HBox(12, heading, demoBadge, spacer, filter, search, work.menu(), refresh, settings);
        header.getStyleClass().add(AppStyles.HEADER);

        ViewsPane views = new ViewsPane(inbox);
        // The side bar scrolls when its entries outgrow the window, rather than squeezing them into "…".
        ScrollPane viewsScroll = new ScrollPane(views);
        viewsScroll.setFitToWidth(true);
        viewsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        viewsScroll.getStyleClass().add("edge-to-edge");
        viewsScroll.setId("views-scroll");
        viewsScroll.setAccessibleText("Views, task types and sequences");
        panes = new SplitPane(viewsScroll, inboxView, previewView);
        panes.setOrientation(Orientation.HORIZONTAL);
        panes.setDividerPositions(0.13, 0.64);
        SplitPane.setResizableWithParent(viewsScroll, false);

        HBox status = StatusLine.of(inbox, inboxView, work);

        Label trouble = new Label();
        trouble.setId("trouble-banner");
        trouble.getStyleClass().add(AppStyles.TROUBLE_BANNER);
        trouble.setMaxWidth(Double.MAX_VALUE);
        trouble.setWrapText(true);
        trouble.textProperty().bind(inbox.troubleProperty());
        trouble.visibleProperty().bind(inbox.troubleProperty().isNotEmpty());
        trouble.managedProperty().bind(trouble.visibleProperty());
        VBox top = new VBox(header, trouble, AttentionBar.of(inbox, inboxView.table()));

        BorderPane root = new BorderPane(panes, top, null, status, null);
        root.getStyleClass().add(AppStyles.MAIN_WINDOW);
        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Css.sheet("app"));
        this.table = inboxView.table();
        this.previewView = previewView;
        this.inbox = inbox;
        shortcuts = new KeyboardShortcuts(inboxView.table(), search, inbox, preview, queue, budget, clock, this::refresh, work);
        shortcuts.install(scene);

        StringExpression who = Bindings.createStringBinding(() -> inbox.userProperty().get() == null
                || inbox.userProperty().get().name().isBlank() ? "" : " — " + inbox.userProperty().get().name(),
                inbox.userProperty());
        live = new LiveQueue(inbox, preview, queue, clock, this::refresh);
        DesktopNotice desktop = DesktopNotice.forThisDesktop();
        live.tellWith(news -> {
            inbox.notice(news);
            if (scene.getWindow() != null && !scene.getWindow().isFocused()) {
                desktop.tell(news);   // the rep is in another window: the desktop says it too
            }
            if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                Notifications.create().owner(scene.getWindow()).title("Task Inbox").text(news)
                        .hideAfter(javafx.util.Duration.seconds(6)).showInformation();
            }
        });
        scene.windowProperty().addListener((obs, was, shown) -> {
            if (was == null && shown != null) {
                live.start(shown.focusedProperty());
            }
        });
        title = Bindings.concat(live.titlePrefix(), "Task Inbox", who, demo ? " · Demo data" : "");
        place = new ListPlace(inboxView.table(), inbox, scene);
        inbox.cached().setOnReplacing(place::remember);
    }

    /** What the settings button opens (the app's settings dialog). */
    void onSettings(Runnable open) {
        settings.setOnAction(event -> open.run());
        settings.setDisable(false);
    }

    /**
     * Reloads the list, keeping the rep's place: the selected task is selected again when it is
     * back, with the same task at the top of the list as before.
     */
    void refresh() {
        place.remember();
        inbox.load();
    }

    /** Where the O key opens links; the app passes the desktop's browser. */
    public void openLinksWith(Consumer<String> opener) {
        shortcuts.openLinksWith(opener);
        previewView.setLinkOpener(opener);
    }

    /** The side bar, the list and the preview, side by side (their dividers are part of the layout kept). */
    SplitPane panes() {
        return panes;
    }

    /** Every action by name (Ctrl+K). */
    CommandPalette palette() {
        return shortcuts.palette(scene);
    }

    LiveQueue live() {
        return live;
    }

    TableView<TaskRow> table() {
        return table;
    }

    /** The list's view model (for tests that look at counts and rows). */
    InboxViewModel inbox() {
        return inbox;
    }

    public Scene scene() {
        return scene;
    }

    /** "Task Inbox — Sam Seller · Demo data" while on the demo server. */
    public StringExpression titleProperty() {
        return title;
    }
}

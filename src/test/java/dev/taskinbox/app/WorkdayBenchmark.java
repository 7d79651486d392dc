package dev.taskinbox.app;

import atlantafx.base.theme.PrimerLight;
import dev.taskinbox.api.RequestBudget;
import dev.taskinbox.bench.BenchResults;
import dev.taskinbox.bench.FrameWatch;
import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.support.TestBudgets;
import dev.taskinbox.task.SendRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rep's day beyond the first minute: the check before a bulk send of 100, and eight working
 * hours compressed (refreshes, sends, selections, edits) watched for a growing heap. Figures go to
 * the same table as {@link TaskInboxBenchmark}.
 */
@Tag("bench")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkdayBenchmark {
    private static final BenchResults RESULTS = BenchResults.shared();
    private static final Duration LATENCY = Duration.ofMillis(150);
    /** The pre-flight reads this many at once (BulkPreflight.WIDTH). */
    private static final int PARALLEL_READS = 4;
    private static Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterAll
    static void report() throws IOException {
        RESULTS.write(Path.of("target/bench.json"));
    }

    // ---- The check before a bulk send of 100 ------------------------------------------------------

    @Test
    @Order(1)
    void preflightOf100AgainstTheFloorOfTheBudgetAndFourReads() throws Exception {
        int limit = 20;
        Duration window = Duration.ofSeconds(1);
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withTaskCount(400).withLatency(LATENCY)
                .withRateLimit(limit, window), 0)) {
            // As the bulk send's benchmark: Reply's 100 a minute scaled to 20 a second, a 5% margin on the window.
            RequestBudget budget = new RequestBudget(List.of(new RequestBudget.Limit(limit, window.plusMillis(50))),
                    Clock.systemUTC());
            AppContext context = TaskInboxBenchmark.appOn(server, options -> options.withBudget(budget));
            TableView<TaskRow> table = TaskInboxBenchmark.showAndLoad(stage, context);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> budget.state().usedInWindow() == 0);
            // Past the rows the preview reads ahead: these are read for the first time by the check.
            List<TaskRow> chosen = table.getItems().stream().skip(60).filter(row -> row.summary().type().isExecutable())
                    .limit(100).toList();
            int requestsBefore = server.requests().size();
            long[] shownAt = new long[1];
            Platform.runLater(() -> Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    for (Window added : change.getAddedSubList()) {
                        if (shownAt[0] == 0 && added.getScene() != null && added.getScene().lookup("#preflight-go") != null) {
                            shownAt[0] = System.nanoTime();
                        }
                    }
                }
            }));
            WaitForAsyncUtils.waitForFxEvents();
            FrameWatch frames = FrameWatch.start();
            long pressed = System.nanoTime();
            Platform.runLater(() -> {
                // One selection change, as Shift+click or Ctrl+A makes it.
                int[] indices = chosen.stream().mapToInt(row -> table.getItems().indexOf(row)).toArray();
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().selectIndices(indices[0], java.util.Arrays.copyOfRange(indices, 1, indices.length));
                table.requestFocus();
                Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, true, false, false));
            });
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> shownAt[0] != 0);
            frames.stop();
            double millis = (shownAt[0] - pressed) / 1e6;
            List<String> paths = server.requests().subList(requestsBefore, server.requests().size()).stream()
                    .map(request -> request.path()).toList();
            long taskReads = paths.stream().filter(path -> path.matches("/v3/tasks/\\d+")).count();
            long contactReads = paths.stream().filter(path -> path.startsWith("/v3/contacts/")).count();
            // Four at a time, each 150 ms: the floor of the reads; the budget's sliding window: its floor.
            double readsFloor = (Math.ceil(taskReads / (double) PARALLEL_READS) + Math.ceil(contactReads / (double) PARALLEL_READS))
                    * LATENCY.toMillis();
            double budgetFloor = Math.max(0, (paths.size() - 1) / limit) * window.plusMillis(50).toMillis();
            double floor = Math.max(readsFloor, budgetFloor);
            WaitForAsyncUtils.asyncFx(() -> {
                for (Window open : List.copyOf(Window.getWindows())) {
                    Node cancel = open.getScene() == null ? null : open.getScene().lookup("#preflight-cancel");
                    if (cancel instanceof Button button) {
                        button.fire();   // never Send: the check is what is measured
                    }
                }
            }).get(10, TimeUnit.SECONDS);
            RESULTS.add("pre-flight of 100: Ctrl+Enter to the check shown", millis, "ms", floor, "<= 1.2x",
                    taskReads + " task and " + contactReads + " contact reads, 150 ms latency, budget " + limit
                            + "/s; reference: max(four parallel reads " + Math.round(readsFloor) + " ms, the budget's "
                            + Math.round(budgetFloor) + " ms)");
            RESULTS.add("pre-flight of 100: longest frame while it checks", frames.worstBefore(shownAt[0]), "ms", null, "<= 16 ms",
                    "from the key to the frame that opens the check; p99 " + Math.round(frames.percentile(99))
                            + " ms; headless pulses come every 16.7 ms");
            RESULTS.add("pre-flight of 100: the frame that opens the check", frames.worst(), "ms", null, "<= 16 ms",
                    "the worst of all, ending " + Math.round((frames.worstEndedAt() - shownAt[0]) / 1e6)
                            + " ms after the check's window was added: a new window and its first style pass");
            if (!server.sentMessages().isEmpty()) {
                throw new IllegalStateException("the pre-flight benchmark sent " + server.sentMessages().size());
            }
            context.close();
        }
    }

    // ---- A day without leaks ----------------------------------------------------------------------

    /** Eight working hours, each with 12 refreshes (every 5 min), ~63 sends, 250 selections and 25 edits. */
    @Test
    @Order(2)
    void eightWorkingHoursCompressedWithoutAGrowingHeap() throws Exception {
        int hours = 8;
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withTaskCount(1200), 0)) {
            AppContext context = TaskInboxBenchmark.appOn(server, options -> options.withBudget(TestBudgets.roomy()));
            context.setUndoWindow(Duration.ZERO);
            TableView<TaskRow> table = TaskInboxBenchmark.showAndLoad(stage, context);
            double[] heapAfterHour = new double[hours];
            int sent = 0;
            int selections = 0;
            long started = System.nanoTime();
            for (int hour = 0; hour < hours; hour++) {
                for (int refresh = 0; refresh < 12; refresh++) {
                    WaitForAsyncUtils.asyncFx(() -> context.inbox().load()).get(10, TimeUnit.SECONDS);
                    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                            () -> context.inbox().stateProperty().get() == InboxViewModel.LoadState.LOADED);
                    for (int i = 0; i < 21; i++) {
                        selectAndEdit(context, table, selections++, i % 10 == 0);
                    }
                }
                int sendsThisHour = (500 - sent) / (hours - hour);
                sent += sendBatch(server, context, table, sendsThisHour);
                heapAfterHour[hour] = heapAfterGc();
            }
            double wall = (System.nanoTime() - started) / 1e9;
            context.close();
            RESULTS.add("a day compressed: heap after GC, end vs after the first hour", heapAfterHour[hours - 1], "MB",
                    heapAfterHour[0], "<= 1.2x", hours + " hours in " + Math.round(wall) + " s: " + hours * 12
                            + " refreshes of ~1,200 tasks, " + sent + " sends, " + selections + " selections, "
                            + selections / 10 + " edits; heap by hour " + java.util.Arrays.toString(
                            java.util.Arrays.stream(heapAfterHour).mapToLong(Math::round).toArray()) + " MB");
        }
    }

    /** Selects the row (as J would), waits for its preview, and now and then edits and resets its message. */
    private static void selectAndEdit(AppContext context, TableView<TaskRow> table, int n, boolean edit) throws Exception {
        long[] wanted = new long[1];
        WaitForAsyncUtils.asyncFx(() -> {
            int index = n % Math.max(1, table.getItems().size());
            table.getSelectionModel().clearAndSelect(index);
            wanted[0] = table.getItems().get(index).id();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.preview().detailProperty().get() != null
                && context.preview().detailProperty().get().id() == wanted[0]);
        if (edit) {
            WaitForAsyncUtils.asyncFx(() -> {
                if (context.preview().gate().editableProperty().get()) {
                    context.preview().editingProperty().set(true);
                    context.preview().editor().bodyProperty().set(context.preview().editor().bodyProperty().get() + " Thanks!");
                    context.preview().resetToTemplate();
                }
            }).get(10, TimeUnit.SECONDS);
        }
    }

    /** Sends {@code count} of the listed tasks through the queue, as the bulk check's Send does, and waits for them. */
    private static int sendBatch(DemoServer server, AppContext context, TableView<TaskRow> table, int count) throws Exception {
        List<Long> ids = WaitForAsyncUtils.asyncFx(() -> table.getItems().stream()
                .filter(row -> row.summary().type().isExecutable()).map(TaskRow::id).limit(count).toList()).get(10, TimeUnit.SECONDS);
        Map<Long, SendRequest> sends = new LinkedHashMap<>();
        ids.forEach(id -> sends.put(id, SendRequest.AS_IS));
        WaitForAsyncUtils.asyncFx(() -> context.queue().sendAll(sends)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> ids.stream().allMatch(id -> server.task(id).finished()));
        return ids.size();
    }

    private static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }
}

package dev.taskinbox.app;

import atlantafx.base.theme.PrimerLight;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.api.RequestBudget;
import dev.taskinbox.bench.AppLoadMain;
import dev.taskinbox.bench.AppStartupMain;
import dev.taskinbox.bench.BareWindowMain;
import dev.taskinbox.bench.BenchResults;
import dev.taskinbox.bench.ClassDataArchive;
import dev.taskinbox.bench.FrameWatch;
import dev.taskinbox.common.fx.FxTaskRunner;
import dev.taskinbox.demo.DemoOptions;
import java.time.Instant;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.inbox.QueueCache;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.inbox.InboxView;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.inbox.ViewsPane;
import javafx.scene.layout.BorderPane;
import dev.taskinbox.settings.FileApiKeyStore;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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
 * Speed as the rep feels it, each figure a median measured beside its reference in the same run
 * (README: "Benchmarks"). Asserts nothing: run with {@code mvn verify -Pbench}; writes target/bench.json.
 */
@Tag("bench")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskInboxBenchmark {
    private static final BenchResults RESULTS = BenchResults.shared();
    private static final int RUNS = 5;
    private static Stage stage;
    /** The longest gap between two FX pulses while the timer runs. */
    private static final AtomicLong longestPulseGap = new AtomicLong();
    /** The longest pulse gap seen during any of the 10,000-task loads. */
    private static final List<Double> loadStalls = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The same, counting only the frames after the one in which the table showed its first rows. */
    private static final List<Double> loadStallsAfterFirstRows = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final AtomicLong longestGapAfterFirstRows = new AtomicLong();
    /** Every frame gap of the warm 10,000-task loads (all but the first). */
    private static final List<double[]> warmLoadFrames = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** When the table first had rows (System.nanoTime, the pulses' clock); 0 until then. */
    private static volatile long firstRowsAt;
    private static volatile boolean firstRowsFramePassed;

    @BeforeAll
    static void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterAll
    static void report() throws IOException {
        RESULTS.write(Path.of("target/bench.json"));
    }

    // ---- 1. Start-up ----------------------------------------------------------------------------

    @Test
    @Order(1)
    void startUpToFirstRowsVersusABareWindow() throws Exception {
        // As installed: the packaged app maps a class-data archive of its start-up classes (packaging/cds.sh).
        ClassDataArchive archive = ClassDataArchive.make(Files.createTempDirectory("bench-cds"),
                (classpath, option) -> runChild(AppStartupMain.class, List.of(), null, classpath, List.of(option)));
        double[] installed = new double[RUNS];
        double[] plain = new double[RUNS];
        double[] bare = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            bare[run] = launchMillis(BareWindowMain.class, System.getProperty("java.class.path"), List.of());
            installed[run] = launchMillis(AppStartupMain.class, archive.classpath(), archive.jvmOptions());
            plain[run] = launchMillis(AppStartupMain.class, System.getProperty("java.class.path"), List.of());
        }
        RESULTS.add("start-up: launch to first rows, as installed (class-data archive)", BenchResults.median(installed),
                "ms", BenchResults.median(bare), "<= 1.5x",
                "child JVMs, headless Monocle; reference: bare JavaFX window launch-to-shown");
        RESULTS.add("start-up: launch to first rows, without the archive (mvn javafx:run)", BenchResults.median(plain),
                "ms", BenchResults.median(bare), "<= 1.5x", "same, classes read from the build's folders and jars");
    }

    @Test
    @Order(1)
    void startUpFromTheCachedListVersusABareWindow() throws Exception {
        ClassDataArchive archive = ClassDataArchive.make(Files.createTempDirectory("bench-cds"),
                (classpath, option) -> runChild(AppStartupMain.class, List.of(), null, classpath, List.of(option)));
        double[] installed = new double[RUNS];
        double[] installedWindow = new double[RUNS];
        double[] plain = new double[RUNS];
        double[] plainWindow = new double[RUNS];
        double[] live = new double[RUNS];
        double[] bare = new double[RUNS];
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withLatency(Duration.ofMillis(150)), 0)) {
            for (int run = 0; run < RUNS; run++) {
                bare[run] = launchMillis(BareWindowMain.class, System.getProperty("java.class.path"), List.of());
                double[] asInstalled = fromCacheMillis(server, archive.classpath(), archive.jvmOptions());
                installed[run] = asInstalled[0];
                installedWindow[run] = asInstalled[1];
                double[] all = fromCacheMillis(server, System.getProperty("java.class.path"), List.of());
                plain[run] = all[0];
                plainWindow[run] = all[1];
                live[run] = all[2];
            }
        }
        RESULTS.add("start-up from the cached list: launch to first rows, as installed", BenchResults.median(installed),
                "ms", BenchResults.median(bare), "<= 1.2x", "child JVMs with a 70-task list cached from the last run, drawn "
                        + "by the opening window; reference: bare JavaFX window launch-to-drawn");
        RESULTS.add("start-up from the cached list: launch to first rows, without the archive (mvn javafx:run)",
                BenchResults.median(plain), "ms", BenchResults.median(bare), "<= 1.2x", "same, classes from the build's folders");
        RESULTS.add("start-up from the cached list: launch to the full window with them, as installed",
                BenchResults.median(installedWindow), "ms", BenchResults.median(bare), "reported",
                "the real window (list, side bar, preview) in the opening window's place");
        RESULTS.add("start-up from the cached list: launch to the full window with them, without the archive",
                BenchResults.median(plainWindow), "ms", BenchResults.median(bare), "reported", "same, classes from the build's folders");
        RESULTS.add("start-up: launch to live rows (150 ms server latency), without the archive", BenchResults.median(live),
                "ms", BenchResults.median(bare), "reported", "the live list replacing the cached one");
    }

    /**
     * Launch to the cached rows drawn by the opening window, to the full window with them, and to
     * Reply's own list in their place, in one child; in ms.
     */
    private static double[] fromCacheMillis(DemoServer server, String classpath, List<String> jvmOptions) throws Exception {
        Path home = Files.createTempDirectory("bench-cached-home");
        List<QueueCache.Entry> entries = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 70; i++) {
            entries.add(new QueueCache.Entry(new TaskSummary(5001 + i, TaskType.MANUAL_EMAIL, TaskStatus.NEW, null,
                    "Prospect " + i, now.minusSeconds(3600), now.plusSeconds(60L * i), null, null, false, 100L + i),
                    "Europe/Stockholm", "Step 1", "Quick question"));
        }
        QueueCache.at(home.resolve(".local/share/task-inbox/queue-cache.properties"))
                .write(new QueueCache.Snapshot(now, new CurrentUser(1, "Sam Seller"), entries, Map.of()));
        long started = System.nanoTime();
        Process process = startChild(AppStartupMain.class, List.of("--from-cache"), classpath, jvmOptions, home,
                Map.of("REPLY_API_URL", server.root().toString(), "REPLY_API_KEY", "k"));
        double[] millis = new double[3];
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("FIRST")) {
                    millis[0] = (System.nanoTime() - started) / 1e6;
                } else if (line.equals("SHOWN")) {
                    millis[1] = (System.nanoTime() - started) / 1e6;
                } else if (line.equals("LIVE")) {
                    millis[2] = (System.nanoTime() - started) / 1e6;
                    if (millis[0] == 0) {
                        throw new IllegalStateException("the opening window never drew the cached rows:\n" + seen);
                    }
                    process.destroy();
                    process.waitFor(10, TimeUnit.SECONDS);
                    return millis;
                } else {
                    seen.append(line).append('\n');
                }
            }
        }
        throw new IllegalStateException("the cached start never reported live rows:\n" + seen);
    }

    private static double launchMillis(Class<?> main, String classpath, List<String> jvmOptions) throws Exception {
        long started = System.nanoTime();
        runChild(main, List.of(), null, classpath, jvmOptions);
        return (System.nanoTime() - started) / 1e6;
    }

    private static String runChild(Class<?> main, List<String> args, String apiKey) throws Exception {
        return runChild(main, args, apiKey, System.getProperty("java.class.path"), List.of());
    }

    /** Runs a main class in a fresh JVM (headless, the app's JVM options) and returns its first report line. */
    private static String runChild(Class<?> main, List<String> args, String apiKey, String classpath,
            List<String> jvmOptions) throws Exception {
        Process process = startChild(main, args, classpath, jvmOptions, Files.createTempDirectory("bench-home"),
                apiKey == null ? Map.of() : Map.of("REPLY_API_KEY", apiKey));
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("SHOWN") || line.startsWith("LOADED")) {
                    process.destroy();
                    process.waitFor(10, TimeUnit.SECONDS);
                    return line;
                }
                seen.append(line).append('\n');
            }
        }
        throw new IllegalStateException(main.getSimpleName() + " never reported:\n" + seen);
    }

    /**
     * A fresh JVM (headless, the app's JVM options) whose home is {@code home}, never the real one
     * (user.home and the XDG folders both point there), with {@code env} added to its environment.
     */
    private static Process startChild(Class<?> main, List<String> args, String classpath, List<String> jvmOptions,
            Path home, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath));
        command.addAll(jvmOptions);
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "testfx.headless",
                "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(APP_JVM_OPTIONS);
        command.add("-Duser.home=" + home);
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        for (String variable : List.of("REPLY_API_URL", "REPLY_API_KEY", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")) {
            builder.environment().remove(variable);
        }
        builder.environment().putAll(env);
        return builder.start();
    }

    /** The JVM options the packaged app runs with (packaging/linux/app.options). */
    private static final List<String> APP_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:MaxRAMPercentage=25", "-Xms64m");

    // ---- 2. Ten thousand tasks ------------------------------------------------------------------

    @Test
    @Order(2)
    void tenThousandTasksIntoTheTableVersusPlainOkHttpAndGson() throws Exception {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withTaskCount(10_000)
                .withLatency(Duration.ofMillis(50)), 0)) {
            double[] app = new double[RUNS];
            double[] plain = new double[RUNS];
            long heap = 0;
            longestPulseGap.set(0);
            AnimationTimer pulses = pulseWatch();
            for (int run = 0; run < RUNS; run++) {
                plain[run] = plainFetchMillis(server);
                app[run] = appLoadMillis(server);
                System.gc();
                heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            }
            pulses.stop();
            RESULTS.add("load 10,000 tasks into the table", BenchResults.median(app), "ms", BenchResults.median(plain),
                    "<= 1.2x", "10 pages of 1,000, 50 ms server latency; reference: same pages with plain OkHttp + Gson");
            double[] warm = warmLoadFrames.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
            RESULTS.add("every frame while loading 10,000 (warm runs): worst", java.util.Arrays.stream(warm).max().orElse(0), "ms",
                    null, "<= 50 ms", "runs 2 to " + RUNS + ", from load() to the last row, the first rows' frame included");
            RESULTS.add("every frame while loading 10,000 (warm runs): p99", BenchResults.percentile(warm, 99), "ms", null,
                    "<= 50 ms", warm.length + " frames; headless pulses come every 16.7 ms");
            String[] app10k = runChild(AppLoadMain.class, List.of(server.root().toString(), "10000", "3"), "k").split(" ");
            RESULTS.add("app process RSS with 10,000 rows", Double.parseDouble(app10k[1]), "MB", null, "<= 200 MB",
                    "the real app in its own JVM with the packaged JVM options; target <= 200 MB since 2026-12-01");
            RESULTS.add("app heap used with 10,000 rows", Double.parseDouble(app10k[2]), "MB", null, "", "same process, before GC");
            RESULTS.add("every frame of 3 warm F5 loads of 10,000 in the app's own JVM: worst", Double.parseDouble(app10k[3]),
                    "ms", null, "<= 50 ms", "the real app alone (packaged JVM options), not beside the demo server's "
                            + "10,000 tasks and its garbage in this JVM; the first rows' frame included");
            RESULTS.add("every frame of 3 warm F5 loads of 10,000 in the app's own JVM: p99", Double.parseDouble(app10k[4]),
                    "ms", null, "<= 50 ms", app10k[5] + " frames");
            RESULTS.add("test JVM heap after GC with 10,000 rows", heap / 1e6, "MB", null, "",
                    "includes the demo server's 10,000 tasks, JUnit and TestFX");
            RESULTS.add("longest FX pulse gap while loading", median(loadStalls), "ms", null, "<= 50 ms",
                    "median of the runs' longest, from load() to the last row; worst run "
                            + Math.round(java.util.Collections.max(loadStalls)) + " ms (the first, JIT still cold)");
            RESULTS.add("longest FX pulse gap while loading, after the first rows show",
                    median(loadStallsAfterFirstRows), "ms", null, "<= 50 ms",
                    "median of the runs' longest, leaving out the one frame that builds the table's first rows; worst run "
                            + Math.round(java.util.Collections.max(loadStallsAfterFirstRows)) + " ms");
        }
    }

    private static double plainFetchMillis(DemoServer server) throws IOException {
        OkHttpClient http = new OkHttpClient();
        long started = System.nanoTime();
        int rows = 0;
        for (int skip = 0; ; skip += 1000) {
            Request request = new Request.Builder()
                    .url(server.root() + "/v3/tasks/filter?top=1000&skip=" + skip)
                    .header("Authorization", "Bearer k")
                    .post(RequestBody.create("{\"status\":\"new\",\"assignedUserId\":1001}", MediaType.get("application/json")))
                    .build();
            try (Response response = http.newCall(request).execute()) {
                JsonObject page = JsonParser.parseString(response.body().string()).getAsJsonObject();
                rows += page.getAsJsonArray("items").size();
                if (!page.get("hasMore").getAsBoolean()) {
                    break;
                }
            }
        }
        if (rows != 10_000) {
            throw new IllegalStateException("plain fetch saw " + rows);
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static double appLoadMillis(DemoServer server) throws Exception {
        ReplyTaskGateway gateway = ReplyTaskGateway.create(new ApiEndpoint(server.root()), "k");
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch loaded = new CountDownLatch(1);
        long[] started = new long[1];
        long[] finished = new long[1];
        InboxViewModel inbox = new InboxViewModel(gateway, runner, Clock.systemUTC());
        InboxView view = WaitForAsyncUtils.asyncFx(() -> {
            InboxView fresh = new InboxView(inbox, Clock.systemUTC());
            // The table with the side bar beside it, as in the window: its counts follow every page too.
            stage.setScene(new Scene(new BorderPane(fresh, null, null, null, new ViewsPane(inbox)), 1280, 800));
            stage.show();
            return fresh;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // Only the load counts for stalls, not building and styling the new scene above.
        FrameWatch frames = FrameWatch.start();
        longestPulseGap.set(0);
        longestGapAfterFirstRows.set(0);
        firstRowsAt = 0;
        firstRowsFramePassed = false;
        Platform.runLater(() -> {
            view.table().getItems().addListener((ListChangeListener<TaskRow>) change -> {
                if (firstRowsAt == 0 && !view.table().getItems().isEmpty()) {
                    firstRowsAt = System.nanoTime();
                }
                if (view.table().getItems().size() == 10_000 && finished[0] == 0) {
                    finished[0] = System.nanoTime();
                    loaded.countDown();
                }
            });
            started[0] = System.nanoTime();
            inbox.load();
        });
        if (!loaded.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("10,000 rows never arrived");
        }
        WaitForAsyncUtils.waitForFxEvents();
        frames.stop();
        if (!loadStalls.isEmpty()) {   // the first run is the cold one
            warmLoadFrames.add(frames.millis());
        }
        loadStalls.add(longestPulseGap.get() / 1e6);
        loadStallsAfterFirstRows.add(longestGapAfterFirstRows.get() / 1e6);
        System.out.printf("load run: %.0f ms, longest pulse gap %.1f ms, after the first rows %.1f ms%n",
                (finished[0] - started[0]) / 1e6, longestPulseGap.get() / 1e6, longestGapAfterFirstRows.get() / 1e6);
        runner.close();
        return (finished[0] - started[0]) / 1e6;
    }

    private static double median(List<Double> values) {
        return BenchResults.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static AnimationTimer pulseWatch() throws Exception {
        AnimationTimer[] timer = new AnimationTimer[1];
        WaitForAsyncUtils.asyncFx(() -> {
            timer[0] = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        longestPulseGap.accumulateAndGet(now - last, Math::max);
                        // The first pulse after the rows came in builds them; its gap is the one left out.
                        if (firstRowsAt != 0 && last > firstRowsAt) {
                            if (firstRowsFramePassed) {
                                longestGapAfterFirstRows.accumulateAndGet(now - last, Math::max);
                            }
                            firstRowsFramePassed = true;
                        }
                    }
                    last = now;
                }
            };
            timer[0].start();
        }).get(5, TimeUnit.SECONDS);
        return timer[0];
    }

    // ---- 3. Next-task latency -------------------------------------------------------------------

    @Test
    @Order(3)
    void nextTaskLatencyWithPrefetch() throws Exception {
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withLatency(Duration.ofMillis(150)), 0)) {
            // Roomy: J at 3/s through 50 tasks reads each task, its prospect's standing and zone, and
            // reads ahead: more than Reply's 100 a minute allows, and this measures the UI, not the limit.
            AppContext context = appOn(server, options -> options.withBudget(dev.taskinbox.support.TestBudgets.roomy()));
            TableView<TaskRow> table = showAndLoad(context);
            double[] latencies = new double[50];
            for (int press = 0; press < 50; press++) {
                long[] expected = new long[1];
                CountDownLatch shown = new CountDownLatch(1);
                long[] pressedAt = new long[1];
                long[] shownAt = new long[1];
                Platform.runLater(() -> {
                    // The row after the selected one (the list may have sorted the first selected row down).
                    expected[0] = table.getItems().get(table.getSelectionModel().getSelectedIndex() + 1).id();
                    var listener = new ChangeListener<TaskDetail>() {
                        @Override
                        public void changed(ObservableValue<? extends TaskDetail> obs, TaskDetail before, TaskDetail now) {
                            if (now != null && now.id() == expected[0]) {
                                shownAt[0] = System.nanoTime();
                                context.preview().detailProperty().removeListener(this);
                                shown.countDown();
                            }
                        }
                    };
                    context.preview().detailProperty().addListener(listener);
                    pressedAt[0] = System.nanoTime();
                    Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, "j", "j", KeyCode.J, false, false, false, false));
                });
                if (!shown.await(10, TimeUnit.SECONDS)) {
                    String state = WaitForAsyncUtils.asyncFx(() -> "selected " + table.getSelectionModel().getSelectedIndex() + ", focus "
                            + table.getScene().getFocusOwner() + ", shown " + context.preview().detailProperty().get().id())
                            .get(5, TimeUnit.SECONDS);
                    throw new IllegalStateException("preview of " + expected[0] + " never showed (" + state + ")");
                }
                latencies[press] = (shownAt[0] - pressedAt[0]) / 1e6;
                Thread.sleep(333);   // the rep's pace: three tasks a second (not a wait for the UI)
            }
            context.close();
            RESULTS.add("next task: key to preview, p50", BenchResults.percentile(latencies, 50), "ms", null, "",
                    "J at 3/s through 50 tasks, 150 ms server latency, prefetch on, a roomy request budget");
            RESULTS.add("next task: key to preview, p95", BenchResults.percentile(latencies, 95), "ms", null,
                    "<= 17 ms", "");
        }
    }

    // ---- 4. Bulk send against the budget --------------------------------------------------------

    @Test
    @Order(4)
    void bulkSendOf200AgainstTheBudgetsFloor() throws Exception {
        int limit = 20;
        Duration window = Duration.ofSeconds(1);
        try (DemoServer server = DemoServer.start(DemoOptions.defaults().withTaskCount(800).withRateLimit(limit, window), 0)) {
            // The client counts when a request leaves, the server when it arrives: a 5% margin on the window.
            RequestBudget budget = new RequestBudget(List.of(new RequestBudget.Limit(limit, window.plusMillis(50))),
                    Clock.systemUTC());
            AppContext context = appOn(server, options -> options.withBudget(budget));
            context.setUndoWindow(Duration.ZERO);
            TableView<TaskRow> table = showAndLoad(context);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> budget.state().usedInWindow() == 0);
            List<Long> ids = table.getItems().stream().filter(row -> row.summary().type().isExecutable())
                    .map(TaskRow::id).limit(200).toList();
            longestPulseGap.set(0);
            AnimationTimer pulses = pulseWatch();
            int before = server.rateLimitedCount();
            long started = System.nanoTime();
            // As the bulk pre-flight's Send does: the whole run queued in one go.
            Map<Long, SendRequest> sends = new LinkedHashMap<>();
            ids.forEach(id -> sends.put(id, SendRequest.AS_IS));
            Platform.runLater(() -> context.queue().sendAll(sends));
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> ids.stream().allMatch(id -> server.task(id).finished()));
            double wall = (System.nanoTime() - started) / 1e9;
            pulses.stop();
            // A sliding window lets `limit` go at once, then the next `limit` one window later, and so on.
            double floor = ((ids.size() - 1) / limit) * window.plusMillis(50).toMillis() / 1000.0;
            RESULTS.add("bulk send of " + ids.size() + " tasks", wall, "s", floor, "<= 1.05x",
                    "budget and server at " + limit + "/s (scaled from 100/min); reference: the budget's floor");
            RESULTS.add("429s during the bulk send", server.rateLimitedCount() - before, "", null, "0", "");
            RESULTS.add("longest FX pulse gap while sending", longestPulseGap.get() / 1e6, "ms", null, "<= 50 ms", "");
            context.close();
        }
    }

    static AppContext appOn(DemoServer server, UnaryOperator<ClientOptions> tune) throws Exception {
        Path home = Files.createTempDirectory("bench-app");
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        return WaitForAsyncUtils.asyncFx(() -> AppContext.create(new LaunchConfig(false, server.root().toString(), "k"),
                Clock.systemUTC(), dirs, new FileApiKeyStore(dirs.config().resolve("api-key")), tune)).get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    static TableView<TaskRow> showAndLoad(AppContext context) throws Exception {
        return showAndLoad(stage, context);
    }

    /** Shows the app's window on {@code stage} and waits for its list and first preview. */
    @SuppressWarnings("unchecked")
    static TableView<TaskRow> showAndLoad(Stage stage, AppContext context) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(context.window().scene());
            stage.show();
            context.start();
        }).get(10, TimeUnit.SECONDS);
        TableView<TaskRow> table = (TableView<TaskRow>) context.window().scene().lookup("#task-table");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() > 60
                && !table.getSelectionModel().isEmpty() && context.preview().detailProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }
}

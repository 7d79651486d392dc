package dev.taskinbox.app;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.AuthScheme;
import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.api.EnumDialect;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.common.fx.FxDelays;
import dev.taskinbox.common.fx.FxTaskRunner;
import dev.taskinbox.common.fx.UiThread;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.drafts.FileDraftStore;
import dev.taskinbox.inbox.InboxView;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.preview.PreviewView;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.FileSendJournal;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.settings.ApiKeyDialog;
import dev.taskinbox.settings.ApiKeyStore;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.FileApiKeyStore;
import dev.taskinbox.settings.SecretToolKeyStore;
import dev.taskinbox.settings.SettingsDialog;
import dev.taskinbox.settings.SettingsStore;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.DraftStore;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.SendJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/** The composition root: builds the one object graph of the app, and takes it down again. */
public final class AppContext implements AutoCloseable {
    /** The embedded server accepts any key; this one only marks requests as the app's. */
    private static final String DEMO_KEY = "demo-key";

    private final DemoServer demoServer;
    private final Stores stores;
    private final SendService sender;
    private final SendQueue queue;
    /** At most this many sends out at once: Esc can still stop the rest, and the budget paces them anyway. */
    private static final int MAX_SENDS_OUT = 4;
    private volatile Duration undoWindow = Duration.ofSeconds(5);
    private final FxTaskRunner runner = new FxTaskRunner();
    private final InboxViewModel inbox;
    private final PreviewViewModel preview;
    private final MainWindow window;
    private final ReplyTaskGateway gateway;
    private final ApiKeyStore keyStore;

    private SettingsStore settingsStore;

    private AppContext(ReplyTaskGateway gateway, DemoServer demoServer, Clock clock, Stores stores, ApiKeyStore keyStore) {
        this.demoServer = demoServer;
        this.gateway = gateway;
        this.keyStore = keyStore;
        this.stores = stores;
        this.sender = new SendService(gateway, runner, stores.journal());
        this.inbox = new InboxViewModel(gateway, runner, clock);
        this.preview = new PreviewViewModel(gateway, runner, sender, stores.drafts());
        sender.addListener(inbox.sendReport());
        sender.addListener(preview);
        this.queue = new SendQueue(sender, new FxDelays(), () -> undoWindow, MAX_SENDS_OUT);
        queue.addListener(inbox.sendReport());
        preview.useQueue(queue);
        preview.setOnTaskRead(inbox::taskRead);
        preview.setOnTaskGone(inbox::taskGone);
        preview.setOnContactZone(inbox::contactZoneKnown);
        inbox.watchDrafts(preview.drafts());
        this.window = new MainWindow(new InboxView(inbox, clock), new PreviewView(preview), inbox, preview, queue,
                gateway::budgetState, clock, demoServer != null);
    }

    /** Builds the app for a configuration; starts the demo server when it asks for demo data. */
    public static AppContext create(LaunchConfig config, Clock clock) {
        AppDirs dirs = AppDirs.current();
        return create(config, clock, dirs, keyStore(dirs));
    }

    /** The keyring where the desktop has one, else a private file in the config directory. */
    static ApiKeyStore keyStore(AppDirs dirs) {
        return SecretToolKeyStore.isAvailable() ? new SecretToolKeyStore()
                : new FileApiKeyStore(dirs.config().resolve("api-key"));
    }

    static AppContext create(LaunchConfig config, Clock clock, AppDirs dirs, ApiKeyStore keyStore) {
        return create(config, clock, dirs, keyStore, UnaryOperator.identity());
    }

    /** {@code tune} adjusts the client (tests give it a roomier budget than Reply's 100 a minute). */
    static AppContext create(LaunchConfig config, Clock clock, AppDirs dirs, ApiKeyStore keyStore,
                             UnaryOperator<ClientOptions> tune) {
        if (config.demo()) {
            DemoServer server;
            try {
                server = DemoServer.start();
            } catch (IOException cannotListen) {
                throw new UncheckedIOException("The demo server could not start on this machine.", cannotListen);
            }
            // Demo tasks start afresh with every run, so demo edits are not kept.
            AppContext demo = new AppContext(ReplyTaskGateway.create(new ApiEndpoint(server.root()), DEMO_KEY), server,
                    clock, Stores.inMemory(), keyStore);
            demo.useSettings(new SettingsStore(dirs.config().resolve("settings.properties")));
            return demo;
        }
        String url = config.apiUrl() == null ? ApiEndpoint.DEFAULT_ROOT : config.apiUrl();
        SettingsStore settings = new SettingsStore(dirs.config().resolve("settings.properties"));
        // A 401 pauses every call and asks the rep for a key; the window is built after the gateway.
        KeyQuestion question = new KeyQuestion();
        ReplyTaskGateway gateway = ReplyTaskGateway.create(ApiEndpoint.parse(url), config.apiKey(),
                tune.apply(clientOptions(settings).withOnUnauthorized(question)));
        AppContext context = new AppContext(gateway, null, clock, Stores.onDisk(dirs.data(), clock), keyStore);
        context.setUndoWindow(Duration.ofSeconds(settings.load().undoSeconds()));
        context.useSettings(settings);
        question.askWith(context::askForKey);
        return context;
    }

    /** Called on a worker thread when a 401 paused the calls; the asking happens on the FX thread. */
    private static final class KeyQuestion implements Runnable {
        private volatile Runnable ask = () -> { };

        void askWith(Runnable asker) {
            this.ask = asker;
        }

        @Override
        public void run() {
            UiThread.run(ask);
        }
    }

    private void useSettings(SettingsStore store) {
        this.settingsStore = store;
        window.onSettings(this::openSettings);
    }

    /** The settings dialog: saved to the settings file (the key to the key store), undo window and theme at once. */
    private void openSettings() {
        AppSettings current = settingsStore.load();
        new SettingsDialog(window.scene().getWindow(), current, keyStore == null ? "the key store" : keyStore.describe(),
                this::testConnection).ask().ifPresent(choice -> {
                    setUndoWindow(Duration.ofSeconds(choice.settings().undoSeconds()));
                    Themes.apply(choice.settings().darkTheme());
                    runner.run("save settings", () -> {
                        settingsStore.save(choice.settings());
                        if (!choice.newKey().isEmpty() && keyStore != null) {
                            keyStore.save(choice.newKey());
                        }
                        return choice;
                    }, saved -> inbox.notice("Settings saved."),
                            failure -> inbox.notice("Settings could not be saved: " + failure.getMessage()));
                });
    }

    /** Calls whoami with what the rep typed (or the stored key), off the FX thread; answers in words. */
    private CompletionStage<String> testConnection(String url, String typedKey) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        runner.run("test connection", () -> {
            String key = !typedKey.isEmpty() ? typedKey
                    : keyStore == null ? "" : keyStore.load().orElse("");
            ReplyTaskGateway probe = ReplyTaskGateway.create(ApiEndpoint.parse(url.isEmpty() ? ApiEndpoint.DEFAULT_ROOT : url),
                    key, ClientOptions.defaults());
            CurrentUser user = probe.currentUser();
            return "Connected" + (user.name().isEmpty() ? "" : " as " + user.name()) + " (user " + user.userId()
                    + "); the key goes in " + (probe.authScheme() == AuthScheme.BEARER ? "Authorization: Bearer" : "X-API-Key") + ".";
        }, answer::complete, failure -> answer.complete(failure instanceof IllegalArgumentException bad
                ? bad.getMessage() : "Not connected. " + GatewayException.userMessageOf(failure)));
        return answer;
    }

    /** Asks the rep for a key; a new one resumes every held call and is stored privately, off the FX thread. */
    private void askForKey() {
        Optional<String> key = new ApiKeyDialog(window.scene().getWindow()).ask();
        if (key.isEmpty()) {
            gateway.declineKey();
            inbox.notice("Reply needs a valid API key; nothing was sent meanwhile. Your drafts are kept.");
            return;
        }
        gateway.useKey(key.get());
        String newKey = key.get();
        runner.run("store key", () -> {
            keyStore.save(newKey);
            return keyStore.describe();
        }, where -> { }, failure -> inbox.notice("The key works but could not be saved; you will be asked again next time."));
    }

    /** Where drafts and the send journal live: files for real work, memory for the demo. */
    record Stores(DraftStore drafts, SendJournal journal) {
        static Stores inMemory() {
            return new Stores(DraftStore.NONE, SendJournal.NONE);
        }

        static Stores onDisk(Path dataDir, Clock clock) {
            return new Stores(new FileDraftStore(dataDir.resolve("drafts.properties"), clock),
                    new FileSendJournal(dataDir.resolve("send-journal.properties"), clock));
        }
    }

    /** The client as the settings say (auth scheme that worked last, pinned dialect), remembering what it learns. */
    static ClientOptions clientOptions(SettingsStore store) {
        AppSettings saved = store.load();
        ClientOptions options = ClientOptions.defaults()
                .withAuthScheme(parse(AuthScheme.class, saved.authScheme(), AuthScheme.X_API_KEY))
                .withPinnedDialect(parse(EnumDialect.class, saved.enumDialect(), null));
        return options.withOnAuthLearned(scheme -> store.save(store.load().withAuthScheme(scheme.name())));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        return fallback;
    }

    /** How long a send waits for Undo before it leaves (0 to 30 s). */
    public void setUndoWindow(Duration window) {
        long seconds = Math.max(0, Math.min(30, window.toSeconds()));
        this.undoWindow = Duration.ofSeconds(seconds);
    }

    /** The preview's view model (benchmarks watch when a preview is shown). */
    InboxViewModel inbox() {
        return inbox;
    }

    PreviewViewModel preview() {
        return preview;
    }

    public SendQueue queue() {
        return queue;
    }

    public MainWindow window() {
        return window;
    }

    /**
     * Loads what the window shows first: the task list, then, once the connection check has
     * settled how the key is sent, the rep's email accounts.
     */
    public void start() {
        inbox.userProperty().addListener((obs, before, user) -> {
            if (before == null && user != null) {
                preview.loadAccounts();
                // Sends a crash left unfinished are checked once the connection is known to work.
                sender.recoverJournal();
            }
        });
        inbox.load();
        inbox.notice(String.join(" ", stores.drafts().problem(), stores.journal().problem()).strip());
    }

    public Optional<DemoServer> demoServer() {
        return Optional.ofNullable(demoServer);
    }

    @Override
    public void close() {
        if (stores.drafts() instanceof FileDraftStore files) {
            files.close();
        }
        runner.close();
        if (demoServer != null) {
            demoServer.close();
        }
    }
}

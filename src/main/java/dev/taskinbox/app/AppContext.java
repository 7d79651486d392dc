package dev.taskinbox.app;

import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.common.fx.FxDelays;
import dev.taskinbox.common.fx.FxTaskRunner;
import dev.taskinbox.common.fx.UiThread;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.compose.Snippets;
import dev.taskinbox.drafts.FileDraftStore;
import dev.taskinbox.inbox.InboxView;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.preview.PreviewView;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.Readers;
import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.settings.ApiKeyDialog;
import dev.taskinbox.settings.ApiKeyStore;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.FileApiKeyStore;
import dev.taskinbox.settings.SecretToolKeyStore;
import dev.taskinbox.settings.SettingsDialog;
import dev.taskinbox.settings.SettingsStore;
import dev.taskinbox.settings.WireFormStore;
import dev.taskinbox.task.GatewayException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
    private final FxTaskRunner runner = new FxTaskRunner(failure -> failure instanceof GatewayException);
    private final InboxViewModel inbox;
    private final PreviewViewModel preview;
    private final MainWindow window;
    private final QueueWork work;
    private final ReplyTaskGateway gateway;
    private final Snippets snippets;
    private final ApiKeyStore keyStore;

    private SettingsActions settings;
    private boolean askedForTeam;
    private Runnable onReconnect = () -> { };

    private AppContext(ReplyTaskGateway gateway, DemoServer demoServer, Clock clock, Stores stores, ApiKeyStore keyStore) {
        this.demoServer = demoServer;
        this.gateway = gateway;
        this.keyStore = keyStore;
        this.stores = stores;
        this.sender = new SendService(gateway, runner, stores.journal());
        this.inbox = new InboxViewModel(gateway, runner, clock);
        FxDelays delays = new FxDelays();
        this.queue = new SendQueue(sender, delays, () -> undoWindow, MAX_SENDS_OUT);
        this.preview = new PreviewViewModel(gateway, runner, queue, stores.drafts(), stores.copies());
        // One route for every outcome, told in this order whatever the wiring order: queue, list, preview
        // (the queue and the preview join it themselves).
        sender.addListener(Readers.Role.LIST, inbox.sendReport());
        queue.addListener(Readers.Role.LIST, inbox.sendReport());
        preview.senders().retryWith(delays);
        sender.holdWith(delays);
        // After an unclear send, two reads this far apart must both show it unsent before a re-send is offered.
        sender.confirmWith(delays, Duration.ofSeconds(5));
        preview.setOnTaskRead(inbox::taskRead);
        preview.setOnTaskGone(inbox::taskGone);
        preview.prospect().setOnContactZone(inbox::contactZoneKnown);
        inbox.watchDrafts(preview.drafts());
        this.work = new QueueWork(gateway, runner, inbox, preview, queue, delays, stores.dayLog(), stores.outbox(), clock);
        PreviewView previewView = new PreviewView(preview);
        this.snippets = new Snippets(stores.snippets(), runner, gateway::emailTemplates);
        snippets.tellWith(inbox::notice);
        previewView.useSnippets(snippets);
        onReconnect = () -> inbox.notice("Settings saved; the new connection is used from the next start.");
        this.window = new MainWindow(new InboxView(inbox, clock), previewView, inbox, preview, queue,
                gateway::budgetState, clock, demoServer != null, work);
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
        return prepare(config, clock, dirs, keyStore, tune).build();
    }

    /**
     * Everything start-up reads and opens (settings, the form learned for the URL, drafts, the send
     * journal, the demo server, the HTTP client): blocking work, so the app does it on a worker
     * thread and then {@link Prepared#build()}s the window on the FX thread.
     */
    static Prepared prepare(LaunchConfig config, Clock clock, AppDirs dirs, ApiKeyStore keyStore,
                            UnaryOperator<ClientOptions> tune) {
        SettingsStore settings = new SettingsStore(dirs.config().resolve("settings.properties"));
        WireFormStore forms = new WireFormStore(dirs.config().resolve("wire-forms.properties"));
        OnFxThread askForKey = new OnFxThread();
        OnFxThread askForTeam = new OnFxThread();
        AtomicReference<String> identityCode = new AtomicReference<>("");
        if (config.demo()) {
            DemoServer server;
            try {
                server = DemoServer.start();
            } catch (IOException cannotListen) {
                throw new UncheckedIOException("The demo server could not start on this machine.", cannotListen);
            }
            // Two prospects the contact guard stops, so the demo shows it: Hannah Miller replied in the
            // outbound sequence, Sofia Petrova opted out (DemoData.contacts).
            server.replied(10, 301);
            server.optOut(19);
            // Demo tasks start afresh with every run, so demo edits are not kept.
            ClientOptions demoOptions = ClientOptions.defaults();
            ReplyTaskGateway demo = ReplyTaskGateway.create(new ApiEndpoint(server.root()), DEMO_KEY, demoOptions);
            // The saved undo window holds on demo data too: it is how the rep tries the app out.
            return new Prepared(demo, server, clock, Stores.inMemory(), keyStore, settings, forms, demoOptions,
                    settings.load(), askForKey, askForTeam, new AtomicReference<>(""));
        }
        String url = config.apiUrl() == null ? ApiEndpoint.DEFAULT_ROOT : config.apiUrl();
        AppSettings saved = settings.load();
        // A 401 pauses every call and asks the rep for a key; the window is built after the gateway.
        ClientOptions options = SettingsActions.clientOptions(saved, forms, url,
                tune.apply(ClientOptions.defaults()).withOnUnauthorized(askForKey)
                        .withOnNeedsIdentity(code -> {
                            identityCode.set(code);
                            askForTeam.run();
                        }));
        Redactor.remember(config.apiKey());
        ReplyTaskGateway gateway = ReplyTaskGateway.create(ApiEndpoint.parse(url), config.apiKey(), options);
        Stores stores = Stores.onDisk(dirs.data(), clock);
        stores.read();   // here, off the FX thread: drafts, the last list, the copies of tasks read
        return new Prepared(gateway, null, clock, stores, keyStore, settings, forms, options,
                saved, askForKey, askForTeam, identityCode);
    }

    /** What {@link #prepare} read and opened; {@link #build()} makes the window of it, on the FX thread. */
    record Prepared(ReplyTaskGateway gateway, DemoServer demoServer, Clock clock, Stores stores, ApiKeyStore keyStore,
                    SettingsStore settings, WireFormStore forms, ClientOptions options, AppSettings saved,
                    OnFxThread askForKey, OnFxThread askForTeam, AtomicReference<String> identityCode) {
        AppContext build() {
            AppContext context = new AppContext(gateway, demoServer, clock, stores, keyStore);
            context.setUndoWindow(Duration.ofSeconds(saved.undoSeconds()));
            context.work.useHours(saved.workingHours());
            context.useSettings(new SettingsActions(settings, forms, keyStore, options.budget(), context.runner));
            askForKey.use(context::askForKey);
            askForTeam.use(() -> context.askForTeamOnce(identityCode.get()));
            return context;
        }
    }

    /** Called on a worker thread (a 401, a TEAM_REQUIRED); what it asks happens on the FX thread. */
    private static final class OnFxThread implements Runnable {
        private volatile Runnable action = () -> { };

        void use(Runnable onFxThread) {
            this.action = onFxThread;
        }

        @Override
        public void run() {
            UiThread.run(action);
        }
    }

    private void useSettings(SettingsActions actions) {
        this.settings = actions;
        window.onSettings(() -> openSettings(SettingsDialog.Focus.FIRST));
    }

    /** The settings dialog: saved to the settings file (the key to the key store); undo window and theme at once. */
    private void openSettings(SettingsDialog.Focus focus) {
        settings.open(window.scene().getWindow(), focus, chosen -> {
            setUndoWindow(Duration.ofSeconds(chosen.undoSeconds()));
            work.useHours(chosen.workingHours());
            Themes.apply(chosen, runner);
        }, inbox::notice, onReconnect);
    }

    /** What a new URL, key or team in Settings does: the app connects anew in place (set by the app; tests watch it). */
    void setOnReconnect(Runnable reconnect) {
        this.onReconnect = reconnect;
    }

    /** Start-up could not use a saved setting (the API URL): Settings opens, with the reason in the window. */
    void openSettingsToFix() {
        openSettings(SettingsDialog.Focus.FIRST);
    }

    /** Reply said the key needs a team or an acting user: Settings opens on that field, once a run. */
    private void askForTeamOnce(String code) {
        if (!askedForTeam) {
            askedForTeam = true;
            openSettings(GatewayException.USER_REQUIRED.equalsIgnoreCase(code)
                    ? SettingsDialog.Focus.ACTING_USER : SettingsDialog.Focus.TEAM);
        }
    }

    /** Asks for a key; a new one resumes every held call and is stored privately, off the FX thread. */
    private void askForKey() {
        Optional<String> key = new ApiKeyDialog(window.scene().getWindow()).ask();
        if (key.isEmpty()) {
            gateway.declineKey();
            inbox.notice("Reply needs a valid API key; nothing was sent meanwhile. Your drafts are kept.");
            return;
        }
        Redactor.remember(key.get());
        gateway.useKey(key.get());
        String newKey = key.get();
        runner.run("store key", () -> {
            keyStore.save(newKey);
            return keyStore.describe();
        }, where -> { }, failure -> inbox.notice("The key works but could not be saved; you will be asked again next time."));
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
                preview.senders().load();
                snippets.load();
                // Sends a crash left unfinished are checked once the connection is known to work.
                sender.recoverJournal();
            }
        });
        inbox.cached().show(stores.queue());
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
        work.outbox().stop();
        inbox.cached().close();
        preview.close();
        stores.dayLog().close();
        runner.close();
        if (demoServer != null) {
            demoServer.close();
        }
    }
}

package dev.taskinbox.app;

import dev.taskinbox.api.ActingAs;
import dev.taskinbox.api.ApiEndpoint;
import dev.taskinbox.api.AuthScheme;
import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.api.EnumDialect;
import dev.taskinbox.api.ReplyTaskGateway;
import dev.taskinbox.api.RequestBudget;
import dev.taskinbox.api.WireForm;
import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.settings.ApiKeyStore;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.SettingsDialog;
import dev.taskinbox.settings.SettingsStore;
import dev.taskinbox.settings.WireFormStore;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.GatewayException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * The settings the client is built from, and the Settings dialog: how requests are sent (pins,
 * team, acting user, the form learned per URL) and a connection test that goes through the
 * app's own request budget and the same negotiation as every other call.
 */
final class SettingsActions {
    private final SettingsStore settings;
    private final WireFormStore forms;
    private final ApiKeyStore keys;
    private final RequestBudget budget;
    private final TaskRunner runner;

    SettingsActions(SettingsStore settings, WireFormStore forms, ApiKeyStore keys, RequestBudget budget, TaskRunner runner) {
        this.settings = settings;
        this.forms = forms;
        this.keys = keys;
        this.budget = budget;
        this.runner = runner;
    }

    /** The client for {@code url} as the settings say: pins, team and user, and the form that worked there last. */
    static ClientOptions clientOptions(AppSettings saved, WireFormStore forms, String url, ClientOptions base) {
        String root = ApiEndpoint.parse(url).root().toString();
        return base
                .withPinnedAuth(parse(AuthScheme.class, saved.authScheme()))
                .withPinnedDialect(parse(EnumDialect.class, saved.enumDialect()))
                .withRememberedForm(forms.formFor(root).flatMap(WireForm::parse).orElse(null))
                .withOnFormLearned(form -> forms.remember(root, form.text()))
                .withActing(acting(saved));
    }

    /** One "acting user" field: an address goes in {@code X-User-Email}, anything else in {@code X-User-Id}. */
    static ActingAs acting(AppSettings saved) {
        String user = saved.actingUser();
        return user.contains("@") ? new ActingAs(saved.teamId(), "", user) : new ActingAs(saved.teamId(), user, "");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        return null;
    }

    /**
     * Opens Settings on {@code focus} (the field Reply asked for, or the first).
     * What the rep saves is stored off the FX thread and handed to {@code applied}.
     */
    void open(Window owner, SettingsDialog.Focus focus, Consumer<AppSettings> applied, Consumer<String> notice, Runnable reconnect) {
        // The file is read off the FX thread; the dialog opens once it is in.
        runner.run("read settings", settings::load, current -> ask(owner, current, focus, applied, notice, reconnect),
                failure -> notice.accept("Settings could not be read: " + failure.getMessage()));
    }

    /** Why the app could not use this API URL ("" when it could): the same check the start makes. */
    static String urlProblem(String text) {
        try {
            dev.taskinbox.api.ApiEndpoint.parse(text);
            return "";
        } catch (IllegalArgumentException unusable) {
            return unusable.getMessage();
        }
    }

    /** Whether the client must be built anew: another URL, key, team, acting user or pinned form. */
    static boolean connectionChanged(AppSettings before, AppSettings after, String newKey) {
        return !newKey.isEmpty() || !before.apiUrl().equals(after.apiUrl()) || !before.teamId().equals(after.teamId())
                || !before.actingUser().equals(after.actingUser()) || !before.authScheme().equals(after.authScheme())
                || !before.enumDialect().equals(after.enumDialect());
    }

    private void ask(Window owner, AppSettings current, SettingsDialog.Focus focus, Consumer<AppSettings> applied,
                     Consumer<String> notice, Runnable reconnect) {
        new SettingsDialog(owner, current, keys == null ? "the key store" : keys.describe(), this::testConnection, focus)
                .checkUrlWith(SettingsActions::urlProblem).ask().ifPresent(choice -> {
                    Redactor.remember(choice.newKey());
                    applied.accept(choice.settings());
                    runner.run("save settings", () -> {
                        settings.save(choice.settings());
                        if (!choice.newKey().isEmpty() && keys != null) {
                            keys.save(choice.newKey());
                        }
                        return choice;
                    }, saved -> {
                        notice.accept("Settings saved.");
                        if (connectionChanged(current, choice.settings(), choice.newKey())) {
                            reconnect.run();   // once on disk: the new client is built from what was saved
                        }
                    },
                            failure -> notice.accept("Settings could not be saved: " + failure.getMessage()));
                });
    }

    /** Calls whoami with what the rep typed (or the stored key), off the FX thread; answers in words. */
    CompletionStage<String> testConnection(String url, String typedKey) {
        Redactor.remember(typedKey);
        CompletableFuture<String> answer = new CompletableFuture<>();
        runner.run("test connection", () -> {
            String key = !typedKey.isEmpty() ? typedKey : keys == null ? "" : keys.load().orElse("");
            Redactor.remember(key);
            String root = url.isEmpty() ? ApiEndpoint.DEFAULT_ROOT : url;
            ClientOptions options = clientOptions(settings.load(), forms, root,
                    ClientOptions.defaults().withBudget(budget));
            ReplyTaskGateway probe = ReplyTaskGateway.create(ApiEndpoint.parse(root), key, options);
            CurrentUser user = probe.currentUser();
            return "Connected" + (user.name().isEmpty() ? "" : " as " + user.name()) + " (user " + user.userId()
                    + "); requests go with " + probe.form().describe() + ".";
        }, answer::complete, failure -> answer.complete(failure instanceof IllegalArgumentException bad
                ? bad.getMessage() : "Not connected. " + GatewayException.userMessageOf(failure)));
        return answer;
    }
}

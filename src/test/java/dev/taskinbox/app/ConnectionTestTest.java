package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.RequestBudget;
import dev.taskinbox.api.WireForm;
import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.demo.DemoOptions;
import dev.taskinbox.demo.DemoServer;
import dev.taskinbox.settings.SettingsStore;
import dev.taskinbox.settings.WireFormStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings' Test connection: the app's own request budget, the same negotiation, the form remembered. */
class ConnectionTestTest {
    @TempDir
    Path dir;

    @Test
    void aSeedServerIsFoundCountedInTheAppsBudgetAndRemembered() throws Exception {
        RequestBudget budget = RequestBudget.forReply(Clock.systemUTC());
        WireFormStore forms = new WireFormStore(dir.resolve("wire-forms.properties"));
        SettingsActions settings = new SettingsActions(new SettingsStore(dir.resolve("settings.properties")), forms,
                null, budget, new SameThreadTaskRunner());
        try (DemoServer seed = DemoServer.start(DemoOptions.defaults().withSeedDialect(true), 0)) {
            String url = seed.root() + "/v3";

            String answer = settings.testConnection(url, "typed-key").toCompletableFuture().get();

            assertThat(answer).isEqualTo("Connected as Sam Seller (user 1001); requests go with "
                    + WireForm.SEED.describe() + ".");
            assertThat(budget.state().usedInWindow()).as("a 401 in Bearer, then X-API-Key").isEqualTo(2);
            assertThat(forms.formFor(seed.root().toString())).hasValue(WireForm.SEED.text());
        }
    }

    @Test
    void aBadUrlIsSaidInWords() throws Exception {
        SettingsActions settings = new SettingsActions(new SettingsStore(dir.resolve("settings.properties")),
                new WireFormStore(dir.resolve("f")), null, RequestBudget.forReply(Clock.systemUTC()), new SameThreadTaskRunner());

        assertThat(settings.testConnection("http://reply.example", "k").toCompletableFuture().get())
                .contains("plain http://");
    }
}

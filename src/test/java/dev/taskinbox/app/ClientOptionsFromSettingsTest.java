package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.api.ActingAs;
import dev.taskinbox.api.AuthScheme;
import dev.taskinbox.api.ClientOptions;
import dev.taskinbox.api.EnumDialect;
import dev.taskinbox.api.WireForm;
import dev.taskinbox.settings.AppSettings;
import dev.taskinbox.settings.WireFormStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientOptionsFromSettingsTest {
    @TempDir
    Path dir;

    @Test
    void noSettingsMeansNothingPinnedOrRemembered() {
        ClientOptions options = SettingsActions.clientOptions(AppSettings.DEFAULTS, new WireFormStore(dir.resolve("f")),
                "https://api.reply.io", ClientOptions.defaults());

        assertThat(options.pinnedAuth()).isNull();
        assertThat(options.pinnedDialect()).isNull();
        assertThat(options.rememberedForm()).isNull();
        assertThat(options.acting()).isEqualTo(ActingAs.NOBODY);
    }

    @Test
    void aLearnedFormIsRememberedPerUrlAndComesBackAtTheNextStart() {
        WireFormStore forms = new WireFormStore(dir.resolve("wire-forms.properties"));
        ClientOptions first = SettingsActions.clientOptions(AppSettings.DEFAULTS, forms, "https://seed.example/v3/",
                ClientOptions.defaults());

        first.onFormLearned().accept(WireForm.SEED);

        assertThat(SettingsActions.clientOptions(AppSettings.DEFAULTS, forms, "https://seed.example",
                ClientOptions.defaults()).rememberedForm()).as("the same root, typed with /v3").isEqualTo(WireForm.SEED);
        assertThat(SettingsActions.clientOptions(AppSettings.DEFAULTS, forms, "https://api.reply.io",
                ClientOptions.defaults()).rememberedForm()).as("another URL").isNull();
    }

    @Test
    void pinsTeamAndActingUserComeFromSettings() {
        AppSettings saved = new AppSettings("bearer", "strings", 5, "", false, "77", "rep@acme.example");

        ClientOptions options = SettingsActions.clientOptions(saved, new WireFormStore(dir.resolve("f")),
                "https://api.reply.io", ClientOptions.defaults());

        assertThat(options.pinnedAuth()).isEqualTo(AuthScheme.BEARER);
        assertThat(options.pinnedDialect()).isEqualTo(EnumDialect.STRINGS);
        assertThat(options.acting()).isEqualTo(new ActingAs("77", "", "rep@acme.example"));
        assertThat(SettingsActions.acting(saved.withTeam("", "4242"))).isEqualTo(new ActingAs("", "4242", ""));
    }

    @Test
    void aDamagedFormsFileOnlyCostsANegotiation() throws Exception {
        Path file = dir.resolve("wire-forms.properties");
        Files.writeString(file, "https\\://api.reply.io=SOMETHING ELSE\n\\u00zz broken");

        ClientOptions options = SettingsActions.clientOptions(AppSettings.DEFAULTS, new WireFormStore(file),
                "https://api.reply.io", ClientOptions.defaults());

        assertThat(options.rememberedForm()).isNull();
    }

    @Test
    void onlyWhatTheClientIsBuiltFromConnectsAnew() {
        AppSettings before = new AppSettings("", "", 5, "", false, "", "", "");

        assertThat(SettingsActions.connectionChanged(before, before, "")).isFalse();
        assertThat(SettingsActions.connectionChanged(before, new AppSettings("", "", 9, "", true, "", "", "09:00-17:00"), ""))
                .as("undo, theme and hours apply in place").isFalse();
        assertThat(SettingsActions.connectionChanged(before, before, "new-key")).isTrue();
        assertThat(SettingsActions.connectionChanged(before, new AppSettings("", "", 5, "https://api.example", false, "", "", ""), ""))
                .isTrue();
        assertThat(SettingsActions.connectionChanged(before, new AppSettings("", "", 5, "", false, "77", "", ""), "")).isTrue();
        assertThat(SettingsActions.connectionChanged(before, new AppSettings("BEARER", "", 5, "", false, "", "", ""), "")).isTrue();
    }
}

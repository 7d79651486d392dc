package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchConfigTest {

    @Test
    void noKeyAndNoUrlMeansDemoData() {
        assertThat(LaunchConfig.resolve(List.of(), Map.of()).demo()).isTrue();
    }

    @Test
    void keyFromTheEnvironmentUsesReplyByDefault() {
        LaunchConfig config = LaunchConfig.resolve(List.of(), Map.of("REPLY_API_KEY", "secret"));

        assertThat(config.demo()).isFalse();
        assertThat(config.apiUrl()).isNull();
        assertThat(config.apiKey()).isEqualTo("secret");
    }

    @Test
    void theCommandLineUrlWinsOverTheEnvironment() {
        Map<String, String> env = Map.of("REPLY_API_KEY", "secret", "REPLY_API_URL", "https://env.example");

        assertThat(LaunchConfig.resolve(List.of("--api-url", "http://127.0.0.1:8080"), env).apiUrl())
                .isEqualTo("http://127.0.0.1:8080");
        assertThat(LaunchConfig.resolve(List.of("--api-url=https://cli.example"), env).apiUrl())
                .isEqualTo("https://cli.example");
        assertThat(LaunchConfig.resolve(List.of(), env).apiUrl()).isEqualTo("https://env.example");
    }

    @Test
    void demoFlagWinsOverAKey() {
        assertThat(LaunchConfig.resolve(List.of("--demo"), Map.of("REPLY_API_KEY", "secret")).demo()).isTrue();
    }

    @Test
    void aUrlWithoutAKeyStartsTheAppWhichThenAsksForIt() {
        LaunchConfig config = LaunchConfig.resolve(List.of("--api-url", "https://x.example"), Map.of());

        assertThat(config.demo()).isFalse();
        assertThat(config.apiKey()).isEmpty();
    }

    @Test
    void aStoredKeyIsUsedWhenTheEnvironmentHasNone() {
        LaunchConfig config = LaunchConfig.resolve(List.of(), Map.of(), () -> Optional.of("stored"));

        assertThat(config.demo()).isFalse();
        assertThat(config.apiKey()).isEqualTo("stored");
        assertThat(LaunchConfig.resolve(List.of(), Map.of("REPLY_API_KEY", "env"), () -> Optional.of("stored")).apiKey())
                .isEqualTo("env");
        assertThat(LaunchConfig.resolve(List.of("--demo"), Map.of(), () -> Optional.of("stored")).demo()).isTrue();
    }

    @Test
    void unknownOptionsAreExplained() {
        assertThatThrownBy(() -> LaunchConfig.resolve(List.of("--frobnicate"), Map.of()))
                .hasMessageContaining("Unknown option \"--frobnicate\"").hasMessageContaining("Usage");
    }

    @Test
    void theKeyNeverShowsInText() {
        assertThat(LaunchConfig.resolve(List.of(), Map.of("REPLY_API_KEY", "secret")).toString())
                .doesNotContain("secret");
    }
}

package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each desktop says about dark or light, read from the program it answers through. */
class SystemThemeTest {
    private final List<List<String>> asked = new ArrayList<>();

    private SystemTheme.Asker answering(String output) {
        return command -> {
            asked.add(command);
            return Optional.ofNullable(output);
        };
    }

    @Test
    void gnomeSaysItThroughColorScheme() {
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answering("'prefer-dark'\n"))).contains(true);
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answering("'default'\n"))).contains(false);
        assertThat(asked.get(0)).containsExactly("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    }

    @Test
    void aDarkGtkThemeNeedsNoQuestionAndASilentDesktopSaysNothing() {
        assertThat(SystemTheme.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answering("'default'"))).contains(true);
        assertThat(asked).isEmpty();
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answering(null))).isEmpty();
    }

    @Test
    void windowsAndMacSayItTheirOwnWay() {
        assertThat(SystemTheme.prefersDark("Windows 11", Map.of(), answering("    AppsUseLightTheme    REG_DWORD    0x0"))).contains(true);
        assertThat(SystemTheme.prefersDark("Windows 11", Map.of(), answering("    AppsUseLightTheme    REG_DWORD    0x1"))).contains(false);
        assertThat(SystemTheme.prefersDark("Mac OS X", Map.of(), answering("Dark\n"))).contains(true);
        assertThat(SystemTheme.prefersDark("Mac OS X", Map.of(), answering(null))).as("no key: light").contains(false);
    }
}

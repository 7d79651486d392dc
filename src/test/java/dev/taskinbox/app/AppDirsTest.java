package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    @Test
    void linuxFollowsXdg() {
        AppDirs dirs = AppDirs.of(Map.of("XDG_CONFIG_HOME", "/x/cfg", "XDG_DATA_HOME", "/x/data",
                "XDG_STATE_HOME", "/x/state"), "Linux", "/home/sam");

        assertThat(dirs).isEqualTo(new AppDirs(Path.of("/x/cfg/task-inbox"), Path.of("/x/data/task-inbox"),
                Path.of("/x/state/task-inbox/logs")));
    }

    @Test
    void linuxFallsBackToTheXdgDefaultsAndIgnoresRelativeValues() {
        AppDirs dirs = AppDirs.of(Map.of("XDG_CONFIG_HOME", "relative/cfg"), "Linux", "/home/sam");

        assertThat(dirs).isEqualTo(new AppDirs(Path.of("/home/sam/.config/task-inbox"),
                Path.of("/home/sam/.local/share/task-inbox"), Path.of("/home/sam/.local/state/task-inbox/logs")));
    }

    @Test
    void windowsUsesAppDataAndLocalAppData() {
        AppDirs dirs = AppDirs.of(Map.of("APPDATA", "/c/Roaming", "LOCALAPPDATA", "/c/Local"), "Windows 11", "/u");

        assertThat(dirs).isEqualTo(new AppDirs(Path.of("/c/Roaming/TaskInbox"), Path.of("/c/Local/TaskInbox"),
                Path.of("/c/Local/TaskInbox/logs")));
    }

    @Test
    void macUsesApplicationSupportAndLogs() {
        AppDirs dirs = AppDirs.of(Map.of(), "Mac OS X", "/Users/sam");

        assertThat(dirs.config()).isEqualTo(Path.of("/Users/sam/Library/Application Support/TaskInbox"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/Users/sam/Library/Logs/TaskInbox"));
    }
}

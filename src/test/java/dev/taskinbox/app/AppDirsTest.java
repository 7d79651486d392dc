package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    @Test
    void linuxFollowsXdgAndFallsBackToDotConfig() {
        assertThat(AppDirs.config(Map.of("XDG_CONFIG_HOME", "/x/cfg"), "Linux", "/home/sam"))
                .isEqualTo(Path.of("/x/cfg/task-inbox"));
        assertThat(AppDirs.config(Map.of(), "Linux", "/home/sam")).isEqualTo(Path.of("/home/sam/.config/task-inbox"));
    }

    @Test
    void windowsAndMacUseTheirOwnPlaces() {
        assertThat(AppDirs.config(Map.of("APPDATA", "/appdata"), "Windows 11", "/u")).isEqualTo(Path.of("/appdata/TaskInbox"));
        assertThat(AppDirs.config(Map.of(), "Mac OS X", "/Users/sam"))
                .isEqualTo(Path.of("/Users/sam/Library/Application Support/TaskInbox"));
    }
}

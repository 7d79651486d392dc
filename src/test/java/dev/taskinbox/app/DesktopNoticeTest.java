package dev.taskinbox.app;

import static dev.taskinbox.support.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop notification runs the desktop's program with the news as its last argument. */
class DesktopNoticeTest {
    @TempDir
    Path dir;

    @Test
    void theNewsGoesToTheDesktopsProgram() throws Exception {
        Path said = dir.resolve("said.txt");
        Path program = dir.resolve("notify-send");
        Files.writeString(program, "#!/bin/sh\nprintf '%s|' \"$@\" > '" + said + "'\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        DesktopNotice notice = new DesktopNotice(List.of(program.toString(), "--app-name=Task Inbox", "Task Inbox"));

        notice.tell("1 new task in your list.");

        waitFor("the program ran", () -> Files.exists(said) && Files.readString(said).endsWith("|"));
        assertThat(Files.readString(said)).isEqualTo("--app-name=Task Inbox|Task Inbox|1 new task in your list.|");
        assertThat(notice.available()).isTrue();
    }

    @Test
    void withoutAProgramNothingRuns() {
        DesktopNotice none = new DesktopNotice(List.of());

        none.tell("anything");

        assertThat(none.available()).isFalse();
    }
}

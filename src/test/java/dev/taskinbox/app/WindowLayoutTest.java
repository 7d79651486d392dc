package dev.taskinbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's layout between runs: kept as it was left, a damaged file ignored, a vanished screen not trusted. */
class WindowLayoutTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSavedComesBack() throws IOException {
        WindowLayout layout = new WindowLayout(new Rectangle2D(100, 80, 1200, 760), false, List.of(0.12, 0.6),
                List.of(new WindowLayout.Column("column-due", 140), new WindowLayout.Column("column-type", 90)),
                "column-contact", false, "OVERDUE");
        layout.save(dir.resolve("layout.properties"));

        assertThat(WindowLayout.load(dir.resolve("layout.properties"))).hasValueSatisfying(read -> {
            assertThat(read.bounds()).isEqualTo(layout.bounds());
            assertThat(read.dividers()).containsExactly(0.12, 0.6);
            assertThat(read.columns()).containsExactlyElementsOf(layout.columns());
            assertThat(read.sortColumn()).isEqualTo("column-contact");
            assertThat(read.sortAscending()).isFalse();
            assertThat(read.view()).isEqualTo("OVERDUE");
        });
    }

    @Test
    void aDamagedOrTinyLayoutIsIgnored() throws IOException {
        Files.writeString(dir.resolve("a.properties"), "x=left\ny=0\nwidth=1200\nheight=800\n");
        Files.writeString(dir.resolve("b.properties"), "x=0\ny=0\nwidth=20\nheight=10\n");
        assertThat(WindowLayout.load(dir.resolve("a.properties"))).isEmpty();
        assertThat(WindowLayout.load(dir.resolve("b.properties"))).isEmpty();
        assertThat(WindowLayout.load(dir.resolve("none.properties"))).isEmpty();
    }

    @Test
    void aWindowIsPutBackOnlyWhereAScreenStillShowsItsTitleBar() {
        List<Rectangle2D> oneScreen = List.of(new Rectangle2D(0, 0, 1280, 800));
        assertThat(WindowLayout.onSomeScreen(new Rectangle2D(100, 50, 1000, 700), oneScreen)).isTrue();
        assertThat(WindowLayout.onSomeScreen(new Rectangle2D(1400, 50, 1000, 700), oneScreen))
                .as("on a second screen that is unplugged now").isFalse();
        assertThat(WindowLayout.onSomeScreen(new Rectangle2D(100, -400, 1000, 700), oneScreen))
                .as("title bar above the top").isFalse();
    }
}

package dev.taskinbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueCacheTest {
    @TempDir
    Path dir;

    @Test
    void aSavedListComesBackAsItWas() throws IOException {
        Instant due = Instant.parse("2026-12-01T09:00:00Z");
        List<QueueCache.Entry> entries = List.of(
                new QueueCache.Entry(new TaskSummary(7, TaskType.MANUAL_EMAIL, TaskStatus.NEW, null, "Åsa Lindqvist = x: y",
                        due.minusSeconds(3600), due, null, 301L, true, 55L), "Europe/Stockholm", "Step 1", "Quick question"),
                new QueueCache.Entry(new TaskSummary(8, TaskType.LINKED_IN, TaskStatus.NEW, LinkedInAction.CONNECT, "Olu",
                        null, due, null, null, false, null), "", "", ""));
        QueueCache cache = QueueCache.at(dir.resolve("queue-cache.properties"));
        cache.write(new QueueCache.Snapshot(due, new CurrentUser(42, "Sam Seller"), entries, java.util.Map.of(301L, "Outbound Q4")));

        QueueCache again = QueueCache.at(dir.resolve("queue-cache.properties"));
        again.read();

        assertThat(again.loaded().entries()).isEqualTo(entries);
        assertThat(again.loaded().user()).isEqualTo(new CurrentUser(42, "Sam Seller"));
        assertThat(again.loaded().savedAt()).isEqualTo(due);
        assertThat(again.loaded().sequences()).containsEntry(301L, "Outbound Q4");
    }

    @Test
    void aMissingDamagedOrForeignFileIsNoCacheAtAll() throws IOException {
        Path file = dir.resolve("queue-cache.properties");
        for (String content : new String[] {null, "savedAt=yesterday\nuser.id=1\n", "hello=world\n",
            "savedAt=2026-12-01T09:00:00Z\nuser.id=1\n7.type=NOPE\n", "\\uZZZZ"}) {
            if (content != null) {
                Files.writeString(file, content);
            }
            QueueCache cache = QueueCache.at(file);

            cache.read();

            assertThat(cache.loaded().isEmpty()).as(String.valueOf(content)).isTrue();
        }
    }
}

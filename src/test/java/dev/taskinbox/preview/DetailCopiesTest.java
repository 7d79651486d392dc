package dev.taskinbox.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetailCopiesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:52:00Z");
    @TempDir
    Path dir;

    private static TaskDetail email(long id) {
        return new TaskDetail(id, TaskType.MANUAL_EMAIL, TaskStatus.NEW, null, 55L, 301L, "Step 2",
                NOW.minusSeconds(60), NOW.plusSeconds(3600), null, false, true,
                new MessageContent("Hi {{FirstName}}", "<p>Hello {{FirstName}},</p>\n<p>= : # ! ü 😀</p>"),
                new MessageContent("Hi Åsa", "<p>Hello Åsa,</p>\n<p>= : # ! ü 😀</p>"),
                new DeliveryTarget("asa@example.com", null, null));
    }

    @Test
    void aTaskReadComesBackWithEveryFieldAndTheMomentItWasRead() throws IOException {
        Path file = dir.resolve("task-copies.properties");
        DetailCopies copies = DetailCopies.at(file, Clock.fixed(NOW, ZoneOffset.UTC));
        TaskDetail linkedIn = new TaskDetail(9, TaskType.LINKED_IN, TaskStatus.NEW, LinkedInAction.CONNECT, null, null, "",
                null, null, null, true, false, MessageContent.EMPTY, new MessageContent("", "Hi"),
                new DeliveryTarget(null, null, "https://www.linkedin.com/in/olu"));
        copies.keep(email(7));
        copies.keep(linkedIn);
        assertThat(copies.changed()).isTrue();
        copies.write();
        assertThat(copies.changed()).isFalse();

        DetailCopies again = DetailCopies.at(file, Clock.systemUTC());
        again.read();

        assertThat(again.copyOf(7)).contains(new DetailCopies.Copy(email(7), NOW));
        assertThat(again.copyOf(9)).contains(new DetailCopies.Copy(linkedIn, NOW));
        assertThat(again.copyOf(8)).isEmpty();
        assertThat(Files.getPosixFilePermissions(file)).containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void onlyTheNewestAreKept() throws IOException {
        Path file = dir.resolve("task-copies.properties");
        MutableClock clock = new MutableClock();
        DetailCopies copies = DetailCopies.at(file, clock);
        for (long id = 1; id <= DetailCopies.MOST + 20; id++) {
            clock.now = NOW.plusSeconds(id);
            copies.keep(email(id));
        }
        copies.write();

        DetailCopies again = DetailCopies.at(file, clock);
        again.read();

        assertThat(again.copyOf(20)).as("among the oldest").isEmpty();
        assertThat(again.copyOf(21)).isPresent();
        assertThat(again.copyOf(DetailCopies.MOST + 20)).isPresent();
    }

    @Test
    void aDamagedFileIsNoCopiesAndIsNotTouched() throws IOException {
        Path file = dir.resolve("task-copies.properties");
        Files.writeString(file, "7.readAt=yesterday\n7.type=MANUAL_EMAIL\n7.status=NEW\n");
        DetailCopies copies = DetailCopies.at(file, Clock.systemUTC());

        copies.read();

        assertThat(copies.copyOf(7)).isEmpty();
        assertThat(Files.readString(file)).startsWith("7.readAt=yesterday");
    }

    @Test
    void noneKeepsNothingAndWritesNothing() throws IOException {
        DetailCopies none = DetailCopies.none();
        none.keep(email(7));
        none.write();
        assertThat(none.keeps()).isFalse();
        assertThat(none.changed()).isFalse();
        assertThat(none.copyOf(7)).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

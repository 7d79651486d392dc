package dev.taskinbox.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.preview.BulkPlan;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A run within each mailbox's limit: the first ones that fit go now, in order; the rest wait; unknown limits send all. */
class MailboxLimitsTest {
    private static BulkPlan.Entry email(long id, String sender) {
        return new BulkPlan.Entry(id, FakeTaskGateway.task(id, TaskType.MANUAL_EMAIL, null), BulkPlan.Entry.Kind.SEND,
                SendRequest.AS_IS, sender, "");
    }

    @Test
    void thirtyNowAndTwelveTomorrow() {
        List<BulkPlan.Entry> sends = new java.util.ArrayList<>(LongStream.rangeClosed(1, 42).mapToObj(id -> email(id, "sam@a.example")).toList());
        sends.add(email(100, "other@a.example"));
        sends.add(email(101, null));   // a sequence's email: its mailbox is the sequence's
        Map<Long, SendRequest> now = new LinkedHashMap<>();

        List<BulkPlan.Entry> later = MailboxLimits.split(sends, Map.of("sam@a.example", 30), now);

        assertThat(now.keySet()).hasSize(32).contains(1L, 30L, 100L, 101L).doesNotContain(31L);
        assertThat(later).extracting(BulkPlan.Entry::taskId).containsExactlyElementsOf(LongStream.rangeClosed(31, 42).boxed().toList());
        assertThat(MailboxLimits.overBy(42, 30)).isEqualTo(12);
        assertThat(MailboxLimits.overBy(42, null)).isZero();
    }

    @Test
    void aMailboxWithNothingLeftSendsNothingToday() {
        Map<Long, SendRequest> now = new LinkedHashMap<>();
        assertThat(MailboxLimits.split(List.of(email(1, "sam@a.example")), Map.of("sam@a.example", 0), now)).hasSize(1);
        assertThat(now).isEmpty();
    }
}

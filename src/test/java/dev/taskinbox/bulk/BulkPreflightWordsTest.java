package dev.taskinbox.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.preview.BulkPlan;
import dev.taskinbox.support.FakeTaskGateway;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pre-flight's headline names only what goes, each noun in its number. */
class BulkPreflightWordsTest {

    private static BulkPlan plan(int emails, int sms) {
        List<BulkPlan.Entry> entries = new ArrayList<>();
        for (int i = 0; i < emails; i++) {
            entries.add(new BulkPlan.Entry(i, FakeTaskGateway.task(i, TaskType.MANUAL_EMAIL, null), BulkPlan.Entry.Kind.SEND,
                    SendRequest.AS_IS, "Sam", ""));
        }
        for (int i = 0; i < sms; i++) {
            entries.add(new BulkPlan.Entry(100 + i, FakeTaskGateway.task(100 + i, TaskType.SMS, null), BulkPlan.Entry.Kind.SEND,
                    SendRequest.AS_IS, null, ""));
        }
        return new BulkPlan(entries);
    }

    @Test
    void noZeroesAndNoWrongPlurals() {
        assertThat(BulkPreflightDialog.what(plan(0, 10))).isEqualTo("10 SMS");
        assertThat(BulkPreflightDialog.what(plan(1, 0))).isEqualTo("1 email");
        assertThat(BulkPreflightDialog.what(plan(3, 0))).isEqualTo("3 emails");
        assertThat(BulkPreflightDialog.what(plan(2, 1))).isEqualTo("2 emails and 1 SMS");
    }
}

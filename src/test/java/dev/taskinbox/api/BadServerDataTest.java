package dev.taskinbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskPage;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a beta API may send: nulls everywhere, huge bodies, emoji and right-to-left text. */
class BadServerDataTest {
    private MockReply reply;
    private ReplyTaskGateway gateway;

    @BeforeEach
    void start() throws IOException {
        reply = new MockReply();
        gateway = reply.gateway(reply.options());
    }

    @AfterEach
    void stop() throws IOException {
        reply.close();
    }

    @Test
    void aTaskWithNullsEverywhereStillShows() {
        reply.answer("{\"id\": 7, \"contactId\": null, \"taskType\": null, \"status\": null, \"linkedInTaskType\": null,"
                + " \"sequenceId\": null, \"sequenceStepDisplayName\": null, \"startAt\": null, \"dueTo\": null,"
                + " \"finishedAt\": null, \"isFailed\": null, \"isScheduled\": null, \"template\": null, \"content\": null,"
                + " \"deliveryInfo\": null}");

        TaskDetail task = gateway.task(7);

        assertThat(task.type()).isEqualTo(TaskType.UNKNOWN);
        assertThat(task.status()).isEqualTo(TaskStatus.UNKNOWN);
        assertThat(task.message()).isEqualTo(MessageContent.EMPTY);
        assertThat(task.target()).isEqualTo(DeliveryTarget.NONE);
        assertThat(task.stepName()).isEmpty();
        assertThat(task.failed()).isFalse();
    }

    @Test
    void listEntriesWithoutAnIdAreCountedNotFatal() {
        reply.answer("{\"items\": [null, {\"taskType\": 7}, {\"id\": 3, \"contact\": {\"fullName\": null}},"
                + " {\"id\": 4, \"contact\": {}}], \"hasMore\": null}");

        TaskPage page = gateway.pendingTasks(1, 0, 1000);

        assertThat(page.items()).extracting(t -> t.id()).containsExactly(3L, 4L);
        assertThat(page.items()).allSatisfy(t -> assertThat(t.contactName()).isEmpty());
        assertThat(page.unreadable()).isEqualTo(2);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void anEmptyPageWithoutItemsIsJustEmpty() {
        reply.answer("{}");

        assertThat(gateway.pendingTasks(1, 0, 1000).items()).isEmpty();
    }

    @Test
    void aOneMegabyteBodyIsReadWhole() {
        String huge = "<p>" + "Ünïcödé & more ".repeat(70_000) + "</p>";
        reply.answer("{\"id\": 8, \"taskType\": 7, \"status\": 0, \"content\": {\"subject\": \"Big\", \"body\": \""
                + huge + "\"}}");

        TaskDetail task = gateway.task(8);

        assertThat(task.content().body()).hasSizeGreaterThan(1_000_000).isEqualTo(huge);
    }

    @Test
    void emojiAndRightToLeftTextArriveIntact() {
        reply.answer("{\"items\": [{\"id\": 1, \"taskType\": \"sms\", \"status\": \"new\","
                + " \"contact\": {\"id\": 1, \"fullName\": \"שרה כהן 🌟\"}},"
                + " {\"id\": 2, \"taskType\": \"linkedIn\", \"linkedInTaskType\": \"connect\", \"status\": \"new\","
                + " \"contact\": {\"id\": 2, \"fullName\": \"محمد علي\"}}], \"hasMore\": false}");
        reply.answer("{\"id\": 1, \"taskType\": 8, \"status\": 0, \"content\": {\"body\": \"שלום 👋 \\u200f123\"},"
                + " \"deliveryInfo\": {\"phoneNumber\": \"+972 50 123 4567\"}}");

        TaskPage page = gateway.pendingTasks(1, 0, 1000);
        TaskDetail sms = gateway.task(1);

        assertThat(page.items()).extracting(t -> t.contactName()).containsExactly("שרה כהן 🌟", "محمد علي");
        assertThat(page.items().get(1).linkedInAction()).isEqualTo(LinkedInAction.CONNECT);
        assertThat(sms.content().body()).isEqualTo("שלום 👋 \u200f123");
        assertThat(sms.target().addressFor(TaskType.SMS)).contains("+972 50 123 4567");
    }
}

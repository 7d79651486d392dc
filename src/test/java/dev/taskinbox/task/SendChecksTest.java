package dev.taskinbox.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendChecksTest {
    private static final EmailAccount DISCONNECTED = new EmailAccount(13, "old@a.example", "Old", false, false);

    private static TaskDetail task(TaskType type, DeliveryTarget target) {
        return new TaskDetail(1, type, TaskStatus.NEW, null, 1L, null, "", Instant.EPOCH, Instant.EPOCH, null, false,
                false, MessageContent.EMPTY, MessageContent.EMPTY, target);
    }

    private static List<String> blocking(List<SendChecks.Problem> problems) {
        return problems.stream().filter(SendChecks.Problem::blocking).map(SendChecks.Problem::text).toList();
    }

    @Test
    void unresolvedVariablesBlockAndAreNamed() {
        List<SendChecks.Problem> problems = SendChecks.check(task(TaskType.MANUAL_EMAIL, new DeliveryTarget("a@b.c", null, null)),
                new MessageContent("Hi {{firstName}}", "See {{ videoLink }} and {{firstName}}"), null);

        assertThat(blocking(problems)).containsExactly("Fill in {{firstName}}, {{videoLink}} before sending.");
    }

    @Test
    void anEmptyTargetADisconnectedSenderAndAnEmptyBodyBlock() {
        List<SendChecks.Problem> problems = SendChecks.check(task(TaskType.MANUAL_EMAIL, DeliveryTarget.NONE),
                new MessageContent("Hi", " "), SenderChoice.resolve(Optional.of(List.of(DISCONNECTED)), DISCONNECTED.id()).problem());

        assertThat(blocking(problems)).containsExactly("This contact has no email address.", "The message is empty.",
                "The account old@a.example is disconnected; pick another.");
    }

    @Test
    void aLongSmsWarnsButDoesNotBlock() {
        List<SendChecks.Problem> problems = SendChecks.check(task(TaskType.SMS, new DeliveryTarget(null, "+1", null)),
                new MessageContent("", "x".repeat(161)), null);

        assertThat(problems).containsExactly(new SendChecks.Problem(false, "This SMS is 2 messages long (161 characters)."));
    }

    @Test
    void manualChannelsAreToBeCompleted() {
        assertThat(blocking(SendChecks.check(task(TaskType.CALL, DeliveryTarget.NONE), MessageContent.EMPTY, null)))
                .containsExactly("Call tasks are done by hand; complete it instead.");
    }

    @Test
    void smsSegmentsFollowGsm7AndUcs2() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(160, 1, false));
        assertThat(SmsSegments.of("a".repeat(161)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(306)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).count()).isEqualTo(3);
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(160, 1, false));
        assertThat(SmsSegments.of("👋".repeat(35))).isEqualTo(new SmsSegments(70, 1, true));
        assertThat(SmsSegments.of("👋".repeat(36)).count()).isEqualTo(2);
        assertThat(SmsSegments.of("").count()).isZero();
    }
}

package dev.taskinbox.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sender shown is the sender used: every case of which account Reply would send from. */
class SenderChoiceTest {
    private static final EmailAccount DEFAULT = new EmailAccount(11, "sam@acme.example", "Sam", true, true);
    private static final EmailAccount OTHER = new EmailAccount(12, "sam2@acme.example", "Sam B", false, true);
    private static final EmailAccount DEFAULT_DOWN = new EmailAccount(11, "sam@acme.example", "Sam", true, false);
    private static final EmailAccount OTHER_DOWN = new EmailAccount(13, "old@acme.example", "Old", false, false);

    @Test
    void aConnectedDefaultIsShownAndSentAsAnEmptyBody() {
        SenderChoice choice = SenderChoice.resolve(Optional.of(List.of(DEFAULT, OTHER)), null);

        assertThat(choice.shown()).isEqualTo(DEFAULT);
        assertThat(choice.emailAccountId(false)).as("{} sends from the default").isNull();
        assertThat(choice.problem()).isNull();
    }

    @Test
    void aDisconnectedDefaultIsReplacedByAConnectedAccountWhichIsNamedInTheRequest() {
        SenderChoice choice = SenderChoice.resolve(Optional.of(List.of(DEFAULT_DOWN, OTHER)), null);

        assertThat(choice.shown()).isEqualTo(OTHER);
        assertThat(choice.emailAccountId(false)).as("{} would use the disconnected default").isEqualTo(12L);
        assertThat(choice.senderName()).isEqualTo("sam2@acme.example");
    }

    @Test
    void withNothingConnectedTheSendIsBlockedWithTheReason() {
        assertThat(SenderChoice.resolve(Optional.of(List.of(DEFAULT_DOWN, OTHER_DOWN)), null).problem())
                .isEqualTo("Your default account sam@acme.example is disconnected and no other can send."
                        + " Reconnect it in Reply.");
        assertThat(SenderChoice.resolve(Optional.of(List.of()), null).problem())
                .startsWith("No connected email account");
    }

    @Test
    void theRepsPickIsSentUnlessItIsTheDefaultOrDisconnected() {
        assertThat(SenderChoice.resolve(Optional.of(List.of(DEFAULT, OTHER)), 12L).emailAccountId(false)).isEqualTo(12L);
        assertThat(SenderChoice.resolve(Optional.of(List.of(DEFAULT, OTHER)), 11L).emailAccountId(false)).isNull();
        assertThat(SenderChoice.resolve(Optional.of(List.of(DEFAULT, OTHER_DOWN)), 13L).problem())
                .isEqualTo("The account old@acme.example is disconnected; pick another.");
    }

    @Test
    void unreadAccountsNeverBlockAndLeaveTheChoiceToReplysDefault() {
        SenderChoice unknown = SenderChoice.resolve(Optional.empty(), null);

        assertThat(unknown.problem()).isNull();
        assertThat(unknown.emailAccountId(true)).isNull();
        assertThat(unknown.senderName()).isEqualTo(SenderChoice.DEFAULT_UNREAD);
        assertThat(SenderChoice.resolve(Optional.empty(), 12L).emailAccountId(false)).as("an earlier pick stays").isEqualTo(12L);
    }
}

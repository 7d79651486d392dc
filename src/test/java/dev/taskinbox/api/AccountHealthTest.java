package dev.taskinbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.SenderChoice;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each connected mailbox's detail says whether it can really send; a locked default gives way to another. */
class AccountHealthTest {
    private MockReply reply;

    @AfterEach
    void stop() throws IOException {
        if (reply != null) {
            reply.close();
        }
    }

    @Test
    void aLockedDefaultCannotSendAndTheLimitIsRead() throws Exception {
        reply = new MockReply();
        ReplyTaskGateway gateway = reply.gateway(reply.options().withRememberedForm(WireForm.CURRENT));
        reply.answer("{\"items\": [{\"id\": 11, \"email\": \"sam@a.example\", \"isDefault\": true, \"dailyLimit\": 50,"
                + " \"connectionStatus\": \"connected\"}, {\"id\": 12, \"email\": \"sam2@a.example\", \"isDefault\": false,"
                + " \"dailyLimit\": 40, \"connectionStatus\": \"connected\"}, {\"id\": 13, \"email\": \"old@a.example\","
                + " \"connectionStatus\": \"disconnected\"}], \"hasMore\": false}");
        reply.answer("{\"id\": 11, \"sendingLockedByProvider\": true, \"safety\": {\"dailyLimit\": 50}}");
        reply.answer(404);   // a detail Reply does not offer leaves the account as listed

        List<EmailAccount> accounts = gateway.myEmailAccounts();

        assertThat(accounts).extracting(EmailAccount::canSend).containsExactly(false, true, false);
        assertThat(accounts.get(0).whyNot()).isEqualTo("cannot send: its provider has locked sending");
        assertThat(accounts).extracting(EmailAccount::dailyLimit).containsExactly(50, 40, null);
        assertThat(reply.server.getRequestCount()).as("no detail read for a disconnected one").isEqualTo(3);
        SenderChoice choice = SenderChoice.resolve(Optional.of(accounts), null);
        assertThat(choice.shown().id()).as("the stand-in, named in the execute").isEqualTo(12);
        assertThat(SenderChoice.resolve(Optional.of(accounts), 11L).problem())
                .isEqualTo("The account sam@a.example cannot send: its provider has locked sending; pick another.");
    }

    @Test
    void linkedInAccountsAreReadTolerantlyAndSayWhatIsLeft() {
        var accounts = WireMapper.linkedInAccounts(com.google.gson.JsonParser.parseString("[{\"id\": 31, \"name\": \"Sam\","
                + " \"status\": \"enabled\", \"usage\": {\"messages\": 3}, \"limits\": {\"dailySendMessageCount\": 50,"
                + " \"dailySendConnectionRequestCount\": 20}}, {\"name\": \"no id\"}, 7,"
                + " {\"id\": 32, \"status\": \"cookieInvalid\"}]"));

        assertThat(accounts).extracting(dev.taskinbox.task.LinkedInAccount::id).containsExactly(31L, 32L);
        assertThat(accounts.get(0).leftFor(dev.taskinbox.task.LinkedInAction.MESSAGE)).contains("47 of 50 messages left today");
        assertThat(accounts.get(0).leftFor(dev.taskinbox.task.LinkedInAction.CONNECT)).contains("20 of 20 connection requests left today");
        assertThat(accounts.get(0).leftFor(dev.taskinbox.task.LinkedInAction.IN_MAIL)).as("no limit given").isEmpty();
        assertThat(accounts.get(1).problem()).contains("Reply has lost its LinkedIn login (reconnect it in Reply)");
    }
}

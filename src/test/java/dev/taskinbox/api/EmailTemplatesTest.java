package dev.taskinbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.support.MockReply;
import dev.taskinbox.task.Contact;
import dev.taskinbox.task.EmailTemplate;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reply's email templates and a contact's variables, read tolerantly where the docs show no shape. */
class EmailTemplatesTest {
    private MockReply reply;

    @AfterEach
    void stop() throws IOException {
        if (reply != null) {
            reply.close();
        }
    }

    @Test
    void templatesAreReadAsAPageOrBareAndThoseWithoutABodyAreLeftOut() throws Exception {
        reply = new MockReply();
        ReplyTaskGateway gateway = reply.gateway(reply.options().withRememberedForm(WireForm.CURRENT));
        reply.answer("{\"items\": [{\"id\": 7, \"name\": \"Break-up\", \"subject\": \"Closing\", \"body\": \"<p>Bye</p>\"},"
                + " {\"id\": 8, \"name\": \"Empty\"}]}");
        reply.answer("[{\"id\": 9, \"subject\": \"Recap\", \"body\": \"<p>Thanks</p>\"}]");

        List<EmailTemplate> page = gateway.emailTemplates();
        List<EmailTemplate> bare = gateway.emailTemplates();

        assertThat(page).containsExactly(new EmailTemplate(7, "Break-up", "Closing", "<p>Bye</p>"));
        assertThat(bare).extracting(EmailTemplate::name).as("named by its subject").containsExactly("Recap");
        assertThat(reply.server.takeRequest().getPath()).isEqualTo("/v3/email-templates");
    }

    @Test
    void aServerWithoutTemplatesLeavesThePickerWithTheRepsOwn() throws Exception {
        reply = new MockReply();
        ReplyTaskGateway gateway = reply.gateway(reply.options().withRememberedForm(WireForm.CURRENT));
        reply.answer(404);

        assertThat(gateway.emailTemplates()).isEmpty();
    }

    @Test
    void aContactsVariablesAreItsMembersAndCustomFields() throws Exception {
        reply = new MockReply();
        ReplyTaskGateway gateway = reply.gateway(reply.options().withRememberedForm(WireForm.CURRENT));
        reply.answer("{\"id\": 5, \"firstName\": \"Olu\", \"company\": \"Acme\", \"city\": \"Lagos\","
                + " \"customFields\": [{\"key\": \"videoLink\", \"value\": \"https://v.example/5\"}, {\"key\": \"\", \"value\": \"x\"}, null]}");

        Contact contact = gateway.contact(5).orElseThrow();

        assertThat(contact.fields()).containsEntry("firstName", "Olu").containsEntry("company", "Acme")
                .containsEntry("city", "Lagos").containsEntry("title", "").containsEntry("videoLink", "https://v.example/5")
                .doesNotContainKey("");
    }
}

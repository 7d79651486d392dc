package dev.taskinbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiEndpointTest {

    @Test
    void httpsAnywhereIsAccepted() {
        assertThat(ApiEndpoint.parse("https://api.reply.io").root().getHost()).isEqualTo("api.reply.io");
    }

    @Test
    void plainHttpIsAcceptedOnlyToThisMachine() {
        assertThat(ApiEndpoint.parse("http://127.0.0.1:8080").root().getPort()).isEqualTo(8080);
        assertThat(ApiEndpoint.parse("http://localhost:9000/").root().getHost()).isEqualTo("localhost");
        assertThatThrownBy(() -> ApiEndpoint.parse("http://api.reply.io"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unencrypted");
    }

    @Test
    void nonsenseIsRefusedWithAReadableMessage() {
        assertThatThrownBy(() -> ApiEndpoint.parse("api.reply.io")).hasMessageContaining("must look like");
        assertThatThrownBy(() -> ApiEndpoint.parse("ftp://x.example")).hasMessageContaining("must look like");
        assertThatThrownBy(() -> ApiEndpoint.parse("http://bad host")).hasMessageContaining("not a valid address");
    }
}

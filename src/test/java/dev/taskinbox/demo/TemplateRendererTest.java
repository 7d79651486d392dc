package dev.taskinbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    @Test
    void knownPlaceholdersAreFilledAndUnknownOnesLeftForTheRepToSee() {
        String out = TemplateRenderer.render("Hi {{firstName}}, {{ company }} $1 {{videoLink}}",
                Map.of("firstName", "Åsa", "company", "Nordhavn AB"));

        assertThat(out).isEqualTo("Hi Åsa, Nordhavn AB $1 {{videoLink}}");
    }
}

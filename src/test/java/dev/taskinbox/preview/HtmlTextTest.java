package dev.taskinbox.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsBreaksAndListsBecomeReadableText() {
        String html = "<p>Hi Åsa,</p><p>Line one<br>line two</p><ul><li>First</li><li>Second</li></ul><p>Sam</p>";

        assertThat(HtmlText.toPlainText(html)).isEqualTo("Hi Åsa,\n\nLine one\nline two\n\n• First\n• Second\n\nSam");
    }

    @Test
    void scriptsStylesAndImagesLeaveNothingBehind() {
        String html = "<style>p{color:red}</style><p>Hello<img src=\"https://tracker.example/p.gif\"></p>"
                + "<script>alert('x')</script>";

        assertThat(HtmlText.toPlainText(html)).isEqualTo("Hello");
    }

    @Test
    void entitiesAreDecodedOnce() {
        assertThat(HtmlText.toPlainText("<p>Fish &amp; chips &lt;b&gt; &#8364;5 &#x1F44B; &amp;lt;</p>"))
                .isEqualTo("Fish & chips <b> €5 👋 &lt;");
    }

    @Test
    void plainTextIsLeftAlone() {
        assertThat(HtmlText.toPlainText("Hi Tom,\nsee you at 10 & bring 2 < 3")).isEqualTo("Hi Tom,\nsee you at 10 & bring 2 < 3");
    }
}

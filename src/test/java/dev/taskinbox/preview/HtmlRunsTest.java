package dev.taskinbox.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskinbox.preview.HtmlRuns.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRunsTest {

    @Test
    void boldItalicListsAndLinksBecomeStyledRuns() {
        List<Run> runs = HtmlRuns.parse("<p>Hi <b>Åsa</b>, see <a href=\"https://acme.example/case\">our <i>case</i></a>.</p>"
                + "<ul><li>Fast</li></ul>");

        assertThat(runs).containsExactly(
                new Run("Hi ", false, false, null),
                new Run("Åsa", true, false, null),
                new Run(", see ", false, false, null),
                new Run("our ", false, false, "https://acme.example/case"),
                new Run("case", false, true, "https://acme.example/case"),
                new Run(".", false, false, null),
                new Run("\n\n", false, false, null),
                new Run("• ", false, false, null),
                new Run("Fast", false, false, null));
    }

    @Test
    void scriptsImagesAndDangerousLinksLeaveOnlyText() {
        List<Run> runs = HtmlRuns.parse("<script>alert(1)</script><img src=\"https://tracker.example/p.gif\">"
                + "<a href=\"javascript:alert(2)\">click</a><a href='file:///etc/passwd'>file</a>");

        assertThat(runs).containsExactly(new Run("click", false, false, null), new Run("file", false, false, null));
    }

    @Test
    void plainTextStaysAsItIs() {
        assertThat(HtmlRuns.parse("Hi Tom,\nsee you at 10 & bring 2 < 3"))
                .containsExactly(new Run("Hi Tom,\nsee you at 10 & bring 2 < 3", false, false, null));
    }

    @Test
    void htmlAsMailersWriteItIsReadAsABrowserWould() {
        // A ">" inside an attribute and a tag never closed: regular expressions got both wrong.
        List<Run> runs = HtmlRuns.parse("<p><a title=\"2 > 1\" href=\"https://acme.example\">Acme</a> is <b>fast<p>and&nbsp;safe");

        assertThat(runs).containsExactly(
                new Run("Acme", false, false, "https://acme.example"),
                new Run(" is ", false, false, null),
                new Run("fast", true, false, null),
                new Run("\n\n", false, false, null),
                new Run("and safe", true, false, null));
    }

    @Test
    void noStyleHidesTextFromTheRepAndOnlyWebAndMailLinksSurvive() {
        List<HtmlRuns.Run> runs = HtmlRuns.parse("<p style=\"display:none;color:#fff\">Hidden preheader</p>"
                + "<img src=\"https://track.example/pixel.gif\"><a href=\"javascript:steal()\">Click</a> <a href=\"ftp://x\">F</a>");

        assertThat(runs).extracting(HtmlRuns.Run::text).contains("Hidden preheader", "Click", "F");
        assertThat(runs).extracting(HtmlRuns.Run::link).containsOnlyNulls();
    }
}

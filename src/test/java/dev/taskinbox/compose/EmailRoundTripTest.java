package dev.taskinbox.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRoundTripTest {

    private static String corpus(String name) throws IOException {
        try (InputStream in = EmailRoundTripTest.class.getResourceAsStream("/email-corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmail.html", "gmail-flat.html", "outlook.html", "reply-template.html", "lists.html",
            "signature-table.html", "nested-divs.html", "rtl-emoji.html", "loose.txt.html"})
    void anEmailNobodyEditedGoesOutCharacterForCharacter(String name) throws IOException {
        String html = corpus(name);
        EmailBlocks blocks = EmailBlocks.parse(html);

        assertThat(EmailHtml.write(blocks, blocks.editorLines())).isEqualTo(html);
    }

    @Test
    void markupTheParserHadToRebuildGoesOutAsEquivalentMarkup() throws IOException {
        String html = corpus("messy.html");
        EmailBlocks blocks = EmailBlocks.parse(html);

        String sent = EmailHtml.write(blocks, blocks.editorLines());

        assertThat(Jsoup.parse(sent).body().html()).isEqualTo(Jsoup.parse(html).body().html());
    }

    @Test
    void editingOneWordChangesOnlyThatWord() throws IOException {
        String html = corpus("reply-template.html");

        String sent = edit(html, "Thursday", "Friday");

        assertThat(sent).isEqualTo(html.replace("Thursday", "Friday"));
    }

    @Test
    void aWordEditedInsideBoldKeepsTheBoldAndItsNeighbours() throws IOException {
        String html = corpus("gmail-flat.html");

        String sent = edit(html, "Quick one", "One question");

        assertThat(sent).isEqualTo(html.replace("Quick one", "One question"));
    }

    @Test
    void outsideTheEditedBlockOutlooksMarkupStaysAsItCame() throws IOException {
        String html = corpus("outlook.html");
        int edited = html.indexOf("<p class=\"MsoNormal\">Following");
        int after = html.indexOf("<p class=\"MsoNormal\" style");

        String sent = edit(html, "pricing sheet", "price list");

        assertThat(sent).startsWith(html.substring(0, edited)).endsWith(html.substring(after));
        assertThat(sent.substring(edited, sent.length() - (html.length() - after)))
                .isEqualTo("<p>Following up on my note &amp; the price list.</p>");
    }

    @Test
    void whatTheEditorCannotShowIsNamedPerBlock() throws IOException {
        List<Block> table = EmailBlocks.parse(corpus("signature-table.html")).blocks();
        List<Block> outlook = EmailBlocks.parse(corpus("outlook.html")).blocks();
        List<Block> gmail = EmailBlocks.parse(corpus("gmail.html")).blocks();

        assertThat(table).extracting(Block::cannotKeep).containsExactly(null, null, "a table");
        assertThat(outlook).extracting(Block::cannotKeep).containsExactly(null, null, null, "inline styles");
        assertThat(gmail).extracting(Block::cannotKeep).as("Gmail's dir=ltr wrapper is no loss").containsOnlyNulls();
        assertThat(EmailBlocks.parse(corpus("rtl-emoji.html")).blocks().get(0).cannotKeep()).isEqualTo("the dir attribute");
    }

    @Test
    void linesAreWhatAReaderSees() throws IOException {
        List<String> lines = texts(EmailBlocks.parse(corpus("gmail-flat.html")));
        List<String> loose = texts(EmailBlocks.parse(corpus("loose.txt.html")));
        List<Line> list = EmailBlocks.parse(corpus("lists.html")).blocks().get(2).lines();

        assertThat(lines).containsExactly("Hi {{firstName}},", "", "Quick one: are you still the right person for {{company}}'s tooling?",
                "", "Cheers,", "Sam");
        assertThat(loose).containsExactly("Hi Dana,", "", "Just checking in on the proposal.", "Thanks,", "Sam");
        assertThat(list).extracting(Line::list).containsOnly(ParStyle.ListKind.BULLET);
        assertThat(list.get(2).spans()).extracting(span -> span.style().link()).containsExactly(null, "mailto:help@example.com");
    }

    @Test
    void typedMarkupIsTextAndNewLinesBecomeParagraphs() throws IOException {
        String html = corpus("reply-template.html");
        EmailBlocks blocks = EmailBlocks.parse(html);
        List<EmailHtml.EditorLine> lines = new ArrayList<>(blocks.editorLines());
        lines.add(new EmailHtml.EditorLine(ParStyle.NEW, Line.plain("P.S. <b>not bold</b> & more")));

        String sent = EmailHtml.write(blocks, lines);

        assertThat(sent).isEqualTo(html.strip() + "<p>P.S. &lt;b&gt;not bold&lt;/b&gt; &amp; more</p>\n");
    }

    @Test
    void hostileMarkupParsesAndRoundTrips() {
        String deep = "<ul><li>x".repeat(50) + "</li></ul>".repeat(50);
        String big = "<p>" + "word &amp; ".repeat(100_000) + "</p><script>alert(1)</script>";

        for (String html : List.of(deep, big, "<p><b><i>never closed", "&lt;&gt;&amp;&quot;")) {
            EmailBlocks blocks = EmailBlocks.parse(html);
            String sent = EmailHtml.write(blocks, blocks.editorLines());
            assertThat(Jsoup.parse(sent).body().html()).isEqualTo(Jsoup.parse(html).body().html());
        }
        assertThat(EmailBlocks.parse(deep).blocks().get(0).cannotKeep()).isEqualTo("a list inside a list");
    }

    private static String edit(String html, String from, String to) {
        EmailBlocks blocks = EmailBlocks.parse(html);
        List<EmailHtml.EditorLine> lines = new ArrayList<>();
        for (EmailHtml.EditorLine line : blocks.editorLines()) {
            List<Line.Span> spans = line.line().spans().stream()
                    .map(span -> new Line.Span(span.text().replace(from, to), span.style())).toList();
            lines.add(new EmailHtml.EditorLine(line.style(), new Line(line.line().list(), spans)));
        }
        return EmailHtml.write(blocks, lines);
    }

    private static List<String> texts(EmailBlocks blocks) {
        return blocks.editorLines().stream().filter(line -> line.style().block() >= 0).map(line -> line.line().text()).toList();
    }
}

package dev.taskinbox.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.taskinbox.common.fx.SameThreadTaskRunner;
import dev.taskinbox.task.EmailTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetsTest {
    @TempDir
    Path dir;
    private final List<String> told = new ArrayList<>();

    private Snippets library(Path file, List<EmailTemplate> templates) {
        Snippets snippets = new Snippets(SnippetFile.at(file, Clock.systemUTC()), new SameThreadTaskRunner(), () -> templates);
        snippets.tellWith(told::add);
        snippets.load();
        return snippets;
    }

    @Test
    void snippetsAreKeptOwnerOnlyAndComeBackAfterARestart() throws IOException {
        Path file = dir.resolve("snippets.properties");
        Snippets first = library(file, List.of());
        first.add(new Snippet("Case study", "Hi {{firstName}}, here is how Acme did it.\nSecond line", false));

        Snippets again = library(file, List.of());

        assertThat(again.all()).containsExactly(new Snippet("Case study", "Hi {{firstName}}, here is how Acme did it.\nSecond line", false));
        assertThat(Files.getPosixFilePermissions(file)).containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void repliesTemplatesJoinReadOnlyAndAreNeverSavedAsTheReps() throws IOException {
        Path file = dir.resolve("snippets.properties");
        Snippets snippets = library(file, List.of(new EmailTemplate(7, "Break-up", "Closing", "<p>Hi {{firstName}},</p><p>I will stop.</p>")));
        snippets.add(new Snippet("Mine", "text", false));

        assertThat(snippets.all()).extracting(Snippet::name).containsExactly("Mine", "Break-up");
        assertThat(snippets.all().get(1).text()).isEqualTo("Hi {{firstName}},\n\nI will stop.");
        assertThat(snippets.all().get(1).fromReply()).isTrue();
        assertThat(SnippetFile.read(file)).extracting(Snippet::name).containsExactly("Mine");
    }

    @Test
    void exportThenImportCarriesTheSnippetsAndABadFileImportsNothing() throws IOException {
        Snippets mine = library(dir.resolve("a.properties"), List.of());
        mine.add(new Snippet("One", "first", false));
        mine.add(new Snippet("Two", "second = with equals: and colons", false));
        Path export = dir.resolve("shared.snippets");
        mine.exportTo(export);
        Snippets theirs = library(dir.resolve("b.properties"), List.of());

        theirs.importFrom(export);
        Files.writeString(dir.resolve("bad.snippets"), "hello=world\n");
        theirs.importFrom(dir.resolve("bad.snippets"));

        assertThat(theirs.all()).extracting(Snippet::text).containsExactly("first", "second = with equals: and colons");
        assertThat(told).containsExactly("Exported 2 snippets to shared.snippets.", "Imported 2 snippets.",
                "Nothing was imported: bad.snippets is not a snippet file (it has \"hello\").");
    }

    @Test
    void aDamagedFileIsKeptAsideAndSaid() throws IOException {
        Path file = dir.resolve("snippets.properties");
        Files.writeString(file, "1.name=\\uZZZZ\n");

        Snippets snippets = library(file, List.of());

        assertThat(snippets.all()).isEmpty();
        assertThat(told).singleElement().asString().startsWith("Your snippets could not be read. It was kept as snippets.properties.corrupt-");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void insertingFillsWhatTheProspectHasAndLeavesTheRestAsChips() {
        Snippet snippet = new Snippet("Intro", "Hi {{firstName}}, how is {{ company }}? {{videoLink}}", false);

        String filled = snippet.filledFrom(Map.of("firstName", "Olu", "company", "Acme", "videoLink", ""));

        assertThat(filled).isEqualTo("Hi Olu, how is Acme? {{videoLink}}");
        assertThat(snippet.matches("acme intro")).isFalse();
        assertThat(snippet.matches("how INTRO")).isTrue();
    }

    @Test
    void aFileThatIsNotThereIsAnEmptyLibrary() {
        assertThat(library(dir.resolve("none.properties"), List.of()).all()).isEmpty();
        assertThat(told).isEmpty();
        assertThatThrownBy(() -> SnippetFile.read(dir)).isInstanceOf(IOException.class);
    }
}

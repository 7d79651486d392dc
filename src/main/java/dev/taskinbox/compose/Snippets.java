package dev.taskinbox.compose;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.EmailTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rep's snippets and, beside them, Reply's email templates (read only, when Reply answers for
 * them). Lives on the FX thread; the file is read and written by the runner.
 */
public final class Snippets {
    private final ObservableList<Snippet> all = FXCollections.observableArrayList();
    private final List<Snippet> mine = new ArrayList<>();
    private final List<Snippet> fromReply = new ArrayList<>();
    private final SnippetFile file;
    private final TaskRunner runner;
    private final Callable<List<EmailTemplate>> templates;
    private Consumer<String> tell = message -> { };

    public Snippets(SnippetFile file, TaskRunner runner, Callable<List<EmailTemplate>> templates) {
        this.file = file;
        this.runner = runner;
        this.templates = templates;
    }

    /** Where the rep hears what happened to the file ("Imported 3 snippets.", "…could not be saved"). */
    public void tellWith(Consumer<String> teller) {
        this.tell = teller;
    }

    /** Reads the rep's snippets, then Reply's templates (a failure there only leaves them out). */
    public void load() {
        runner.run("read snippets", file::load, loaded -> {
            mine.clear();
            mine.addAll(loaded.snippets());
            publish();
            if (!loaded.problem().isEmpty()) {
                tell.accept(loaded.problem());
            }
        }, failure -> tell.accept("Your snippets could not be read: " + failure.getMessage()));
        runner.run("read email templates", templates, read -> {
            fromReply.clear();
            read.forEach(template -> fromReply.add(new Snippet(template.name(), plainText(template.body()), true)));
            publish();
        }, failure -> { });
    }

    /** Every snippet, the rep's first, then Reply's. */
    public ObservableList<Snippet> all() {
        return all;
    }

    public void add(Snippet snippet) {
        mine.add(snippet);
        saved();
    }

    public void remove(Snippet snippet) {
        if (mine.remove(snippet)) {
            saved();
        }
    }

    public void importFrom(Path from) {
        runner.run("import snippets", () -> SnippetFile.read(from), read -> {
            mine.addAll(read);
            saved();
            tell.accept("Imported " + read.size() + (read.size() == 1 ? " snippet." : " snippets."));
        }, failure -> tell.accept("Nothing was imported: " + failure.getMessage()));
    }

    public void exportTo(Path to) {
        List<Snippet> copy = List.copyOf(mine);
        runner.run("export snippets", () -> {
            SnippetFile.write(to, copy);
            return copy.size();
        }, count -> tell.accept("Exported " + count + (count == 1 ? " snippet to " : " snippets to ") + to.getFileName() + "."),
                failure -> tell.accept("The snippets could not be exported: " + failure.getMessage()));
    }

    private void saved() {
        publish();
        List<Snippet> copy = List.copyOf(mine);
        runner.run("save snippets", () -> {
            file.save(copy);
            return copy.size();
        }, count -> { }, failure -> tell.accept("Your snippets could not be saved: " + failure.getMessage()));
    }

    private void publish() {
        List<Snippet> everything = new ArrayList<>(mine);
        everything.addAll(fromReply);
        all.setAll(everything);
    }

    /** A template's HTML as the lines a reader sees (inserted as text, in any editor). */
    static String plainText(String html) {
        return EmailBlocks.parse(html).editorLines().stream().map(line -> line.line().text())
                .collect(Collectors.joining("\n")).strip();
    }
}

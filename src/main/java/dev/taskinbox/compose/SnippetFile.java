package dev.taskinbox.compose;

import dev.taskinbox.common.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The rep's snippets on disk (owner-only, written whole or not at all), and the same format for
 * import and export, so a file one rep exports another can import. Blocking: never on the FX thread.
 */
public final class SnippetFile {
    /** What was on disk, and what the rep should hear about it ("" when all was well). */
    public record Loaded(List<Snippet> snippets, String problem) {
    }

    private final Path file;
    private final Clock clock;

    private SnippetFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public static SnippetFile at(Path file, Clock clock) {
        return new SnippetFile(file, clock);
    }

    /** Keeps the snippets for the run only (demo data). */
    public static SnippetFile inMemory() {
        return new SnippetFile(null, Clock.systemUTC());
    }

    public Loaded load() {
        if (file == null || !Files.isRegularFile(file)) {
            return new Loaded(List.of(), "");
        }
        try {
            return new Loaded(read(file), "");
        } catch (IOException damaged) {
            String where = AtomicFiles.setAside(file, clock);
            return new Loaded(List.of(), "Your snippets could not be read." + where);
        }
    }

    public void save(List<Snippet> snippets) throws IOException {
        if (file != null) {
            write(file, snippets);
        }
    }

    /** Reads a snippet file (an export, or the app's own); throws with the reason when it is not one. */
    public static List<Snippet> read(Path from) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new IOException(from.getFileName() + " is not a file that can be read.");
        }
        Properties stored = AtomicFiles.readProperties(from);
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String key : stored.stringPropertyNames()) {
            int dot = key.indexOf('.');
            try {
                numbers.add(Integer.parseInt(dot < 0 ? key : key.substring(0, dot)));
            } catch (NumberFormatException notOurs) {
                throw new IOException(from.getFileName() + " is not a snippet file (it has \"" + key + "\").");
            }
        }
        List<Snippet> snippets = new ArrayList<>();
        for (int number : numbers) {
            String name = stored.getProperty(number + ".name", "");
            String text = stored.getProperty(number + ".text", "");
            if (!name.isBlank() || !text.isBlank()) {
                snippets.add(new Snippet(name.isBlank() ? "Snippet " + number : name, text, false));
            }
        }
        return snippets;
    }

    public static void write(Path to, List<Snippet> snippets) throws IOException {
        Properties out = new Properties();
        int number = 1;
        for (Snippet snippet : snippets) {
            if (!snippet.fromReply()) {
                out.setProperty(number + ".name", snippet.name());
                out.setProperty(number + ".text", snippet.text());
                number++;
            }
        }
        AtomicFiles.writeProperties(to, out, "Task Inbox snippets");
    }
}

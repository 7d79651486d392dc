package dev.taskinbox.compose;

import java.util.List;

/**
 * One top-level block of an email (a paragraph, a list, a div, a table…, or a run of loose
 * inline markup), with its exact source and the lines the editor shows for it.
 *
 * @param source     the block's markup exactly as it came (what goes out while it is untouched)
 * @param tag        the block's element name ("" for loose inline markup)
 * @param lines      the lines the editor shows
 * @param cannotKeep what in it the editor cannot represent ("a table", "inline styles"…), or null
 */
public record Block(String source, String tag, List<Line> lines, String cannotKeep) {

    public Block {
        lines = List.copyOf(lines);
    }

    /** Whether the editor shows an empty line after it, as the mail client's paragraph margin would. */
    boolean spaced() {
        return !tag.equals("div") && !tag.isEmpty();
    }
}

package dev.taskinbox.compose;

import dev.taskinbox.task.SendChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import dev.taskinbox.common.fx.UiThread;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The unfilled {{variables}} in an editor: marked as chips wherever they stand, and reached with
 * Tab (Shift+Tab goes back) with the whole chip selected, so what the rep types replaces it.
 */
public final class Placeholders {
    private Placeholders() {
    }

    /** A line's pieces with every {{variable}} marked as a chip. */
    static List<StyledSegment<String, TextStyle>> marked(Line line) {
        List<StyledSegment<String, TextStyle>> segments = new ArrayList<>();
        for (Line.Span span : line.spans()) {
            Matcher matcher = SendChecks.PLACEHOLDER.matcher(span.text());
            int from = 0;
            while (matcher.find()) {
                if (matcher.start() > from) {
                    segments.add(new StyledSegment<>(span.text().substring(from, matcher.start()), span.style()));
                }
                segments.add(new StyledSegment<>(matcher.group(), span.style().withVariable(true)));
                from = matcher.end();
            }
            if (from < span.text().length()) {
                segments.add(new StyledSegment<>(span.text().substring(from), span.style()));
            }
        }
        if (segments.isEmpty()) {
            segments.add(new StyledSegment<>("", TextStyle.PLAIN));
        }
        return segments;
    }

    /** After each change, the chips of the lines it touched are marked again (a pulse later: never inside the change). */
    static void keepMarked(GenericStyledArea<ParStyle, String, TextStyle> area) {
        area.plainTextChanges().subscribe(change -> UiThread.later(() -> {
            int end = Math.min(area.getLength(), change.getInsertionEnd());
            int first = area.offsetToPosition(Math.min(change.getPosition(), end), Bias.Forward).getMajor();
            int last = area.offsetToPosition(end, Bias.Backward).getMajor();
            for (int paragraph = first; paragraph <= last && paragraph < area.getParagraphs().size(); paragraph++) {
                mark(area, paragraph);
            }
        }));
    }

    private static void mark(GenericStyledArea<ParStyle, String, TextStyle> area, int paragraph) {
        Paragraph<ParStyle, String, TextStyle> line = area.getParagraph(paragraph);
        String text = line.getText();
        boolean[] chip = new boolean[text.length()];
        Matcher matcher = SendChecks.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                chip[i] = true;
            }
        }
        StyleSpansBuilder<TextStyle> wanted = new StyleSpansBuilder<>();
        boolean differs = false;
        int at = 0;
        for (var span : line.getStyleSpans()) {
            for (int i = at; i < at + span.getLength(); i++) {
                differs |= span.getStyle().variable() != chip[i];
                wanted.add(span.getStyle().withVariable(chip[i]), 1);
            }
            at += span.getLength();
        }
        if (differs) {
            StyleSpans<TextStyle> spans = wanted.create();
            area.setStyleSpans(paragraph, 0, spans);
        }
    }

    /** Selects the next (or previous) {{variable}} from the selection; false when there is none that way. */
    static boolean selectNext(GenericStyledArea<?, ?, ?> area, boolean forward) {
        Optional<IndexRange> found = next(area.getText(), area.getSelection(), forward);
        found.ifPresent(range -> {
            area.selectRange(range.getStart(), range.getEnd());
            area.requestFollowCaret();
        });
        return found.isPresent();
    }

    /** Where the next (or previous) {{variable}} after (before) {@code selection} stands in {@code text}, in any editor. */
    public static Optional<IndexRange> next(String text, IndexRange selection, boolean forward) {
        Matcher matcher = SendChecks.PLACEHOLDER.matcher(text == null ? "" : text);
        IndexRange found = null;
        while (matcher.find()) {
            if (forward && matcher.start() >= selection.getEnd()) {
                return Optional.of(new IndexRange(matcher.start(), matcher.end()));
            }
            if (!forward && matcher.end() <= selection.getStart()) {
                found = new IndexRange(matcher.start(), matcher.end());
            }
        }
        return Optional.ofNullable(found);
    }
}

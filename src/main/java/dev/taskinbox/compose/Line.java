package dev.taskinbox.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the editor as plain data: its list kind and its styled pieces of text, kept in one
 * shape (adjacent pieces of one style merged, empty ones dropped, chip marks removed) so that two
 * lines that look the same compare equal however the editor happened to split them.
 */
public record Line(ParStyle.ListKind list, List<Span> spans) {

    public record Span(String text, TextStyle style) {
    }

    public Line {
        spans = normal(spans);
    }

    public static Line plain(String text) {
        return new Line(ParStyle.ListKind.NONE, List.of(new Span(text, TextStyle.PLAIN)));
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    private static List<Span> normal(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (span.text().isEmpty()) {
                continue;
            }
            TextStyle style = span.style().asSent();
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.style().equals(style)) {
                merged.set(merged.size() - 1, new Span(last.text() + span.text(), style));
            } else {
                merged.add(new Span(span.text(), style));
            }
        }
        return List.copyOf(merged);
    }
}

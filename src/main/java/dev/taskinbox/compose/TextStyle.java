package dev.taskinbox.compose;

/**
 * How a piece of an email's text looks in the editor: the formatting the editor can show and
 * send, plus {@code variable}, a mark the editor puts on an unfilled {{variable}} so the rep sees
 * it as a chip. The mark is the editor's alone: it never reaches the HTML.
 */
public record TextStyle(boolean bold, boolean italic, boolean underline, String link, boolean variable) {
    public static final TextStyle PLAIN = new TextStyle(false, false, false, null, false);

    public TextStyle withBold(boolean value) {
        return new TextStyle(value, italic, underline, link, variable);
    }

    public TextStyle withItalic(boolean value) {
        return new TextStyle(bold, value, underline, link, variable);
    }

    public TextStyle withUnderline(boolean value) {
        return new TextStyle(bold, italic, value, link, variable);
    }

    public TextStyle withLink(String value) {
        return new TextStyle(bold, italic, underline, value == null || value.isBlank() ? null : value, variable);
    }

    public TextStyle withVariable(boolean value) {
        return new TextStyle(bold, italic, underline, link, value);
    }

    /** The style as the email keeps it (without the editor's own chip mark). */
    public TextStyle asSent() {
        return variable ? withVariable(false) : this;
    }
}

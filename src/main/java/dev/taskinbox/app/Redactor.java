package dev.taskinbox.app;

import java.util.Objects;

/** Blanks out the API key wherever text might carry it (log lines, crash details). */
final class Redactor {
    static final String MARK = "[key hidden]";
    private static final int MIN_SECRET = 4;

    private final String secret;

    Redactor(String secret) {
        this.secret = secret;
    }

    String clean(String text) {
        if (text == null || secret == null || secret.length() < MIN_SECRET) {
            return Objects.requireNonNullElse(text, "");
        }
        return text.replace(secret, MARK);
    }
}

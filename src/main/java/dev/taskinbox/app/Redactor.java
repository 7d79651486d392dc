package dev.taskinbox.app;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Blanks out every API key the app has held wherever text might carry it (log lines, crash
 * details): the key it started with, one typed into the 401 dialog, one typed into Settings or
 * tried with Test connection. Keys are remembered for the whole run, because logging is too:
 * an old key in a late line is still a secret.
 */
final class Redactor {
    static final String MARK = "[key hidden]";
    /** Shorter "keys" would blank out ordinary words. */
    private static final int MIN_SECRET = 4;
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final Redactor ALL = new Redactor();

    private Redactor() {
    }

    /** Every key the app holds from now on is hidden by the returned redactor (there is one). */
    static Redactor of(String... keys) {
        for (String key : keys) {
            remember(key);
        }
        return ALL;
    }

    /** A key entered the app (start-up, the key dialog, Settings): from now on it is hidden. */
    static void remember(String key) {
        if (key != null && key.strip().length() >= MIN_SECRET) {
            KNOWN.add(key.strip());
        }
    }

    String clean(String text) {
        String cleaned = Objects.requireNonNullElse(text, "");
        // Longest first, so that a key containing another is hidden whole.
        List<String> keys = KNOWN.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String key : keys) {
            cleaned = cleaned.replace(key, MARK);
        }
        return cleaned;
    }
}

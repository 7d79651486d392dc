package dev.taskinbox.compose;

import java.util.Locale;

/** The links an email may carry: web and mail addresses only (never javascript:, data: or file:). */
public final class SafeLinks {
    private SafeLinks() {
    }

    /** The address if it is a web or mail link, else null. */
    public static String allowed(String href) {
        if (href == null) {
            return null;
        }
        String url = href.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:") ? url : null;
    }
}

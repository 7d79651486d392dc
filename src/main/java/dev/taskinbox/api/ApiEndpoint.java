package dev.taskinbox.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * A validated API root. The key rides on every request, so plain HTTP is accepted only to this
 * machine (the demo server, a local test server); anything else must be HTTPS.
 */
public record ApiEndpoint(URI root) {
    public static final String DEFAULT_ROOT = "https://api.reply.io";

    /** Parses and checks a root URL, or throws {@link IllegalArgumentException} with a sentence for the rep. */
    public static ApiEndpoint parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException bad) {
            throw new IllegalArgumentException("The API URL \"" + text + "\" is not a valid address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(
                    "The API URL \"" + text + "\" must look like https://api.reply.io.");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("The API URL \"" + text
                    + "\" uses plain http://, which would send your API key unencrypted. Use https://.");
        }
        return new ApiEndpoint(withoutVersion(uri));
    }

    /**
     * The root without a trailing {@code /v3} (or {@code /}): the client adds {@code /v3/...} itself,
     * and reps copy the root from Reply's docs with the version on it.
     */
    private static URI withoutVersion(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String trimmed = path.replaceAll("/+$", "");
        if (trimmed.toLowerCase(Locale.ROOT).endsWith("/v3")) {
            trimmed = trimmed.substring(0, trimmed.length() - 3).replaceAll("/+$", "");
        }
        if (trimmed.equals(path)) {
            return uri;
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + trimmed);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}

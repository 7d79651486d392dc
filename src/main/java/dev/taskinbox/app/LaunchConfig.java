package dev.taskinbox.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the app gets its tasks, resolved from the command line, then the environment, then the
 * key the app stored earlier. With no key and no URL (or with {@code --demo}) it runs on the
 * embedded demo server. A URL without a key starts the app, which then asks for the key.
 *
 * @param apiUrl the API root given by the rep, or null for the default (or the demo server)
 * @param apiKey the key ("" when it is still to be asked for), or null on demo data
 */
public record LaunchConfig(boolean demo, String apiUrl, String apiKey) {
    public static final String ENV_KEY = "REPLY_API_KEY";
    public static final String ENV_URL = "REPLY_API_URL";
    public static final String USAGE = "Usage: task-inbox [--demo] [--api-url URL]  "
            + "(the key comes from the REPLY_API_KEY environment variable)";

    /** Resolves the configuration, or throws {@link IllegalArgumentException} with a sentence for the rep. */
    public static LaunchConfig resolve(List<String> args, Map<String, String> env) {
        return resolve(args, env, Optional::empty);
    }

    /** As {@link #resolve(List, Map)}, falling back to a key saved by an earlier run. */
    public static LaunchConfig resolve(List<String> args, Map<String, String> env, Supplier<Optional<String>> storedKey) {
        boolean demo = false;
        String url = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--api-url") && i + 1 < args.size()) {
                url = args.get(++i);
            } else if (arg.startsWith("--api-url=")) {
                url = arg.substring("--api-url=".length());
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("Unknown option \"" + arg + "\". " + USAGE);
            }
        }
        if (url == null) {
            url = blankToNull(env.get(ENV_URL));
        }
        if (demo) {
            return new LaunchConfig(true, null, null);
        }
        String key = blankToNull(env.get(ENV_KEY));
        if (key == null) {
            key = storedKey.get().map(LaunchConfig::blankToNull).orElse(null);
        }
        if (key == null && url == null) {
            return new LaunchConfig(true, null, null);
        }
        return new LaunchConfig(false, url, key == null ? "" : key);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Never show the key, not even in a debugger or a log line. */
    @Override
    public String toString() {
        return "LaunchConfig[demo=" + demo + ", apiUrl=" + apiUrl + ", apiKey=" + (apiKey == null || apiKey.isEmpty() ? "none" : "set") + "]";
    }
}

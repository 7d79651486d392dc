package dev.taskinbox.settings;

import dev.taskinbox.common.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The wire form (auth scheme and enum spelling, as text) that worked last, per API URL, so the
 * next start speaks it from the first request. A lost or damaged file only costs a negotiation.
 */
public final class WireFormStore {
    private static final Logger LOG = Logger.getLogger(WireFormStore.class.getName());

    private final Path file;

    public WireFormStore(Path file) {
        this.file = file;
    }

    public synchronized Optional<String> formFor(String apiUrl) {
        return Optional.ofNullable(read().getProperty(key(apiUrl)));
    }

    /** Remembers the form for a URL; a failure to write is logged, never in the rep's way. */
    public synchronized void remember(String apiUrl, String form) {
        Properties forms = read();
        forms.setProperty(key(apiUrl), form);
        try {
            AtomicFiles.writeProperties(file, forms, "Task Inbox: how each Reply API URL wants its requests");
        } catch (IOException cannotWrite) {
            LOG.log(Level.WARNING, "Could not remember the wire form in " + file, cannotWrite);
        }
    }

    private Properties read() {
        Properties forms = new Properties();
        if (!Files.isRegularFile(file)) {
            return forms;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            forms.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.log(Level.WARNING, "Wire forms in " + file + " could not be read; negotiating afresh.", unreadable);
        }
        return forms;
    }

    private static String key(String apiUrl) {
        String url = apiUrl.strip().toLowerCase(Locale.ROOT);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package dev.taskinbox.send;

import dev.taskinbox.common.io.AtomicFiles;
import dev.taskinbox.task.SendJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The send journal in a small properties file (task id = when the send started), rewritten
 * atomically and forced to disk on every change: an entry must be on disk before the execute
 * leaves, or a crash in between could lead to a second send.
 */
public final class FileSendJournal implements SendJournal {
    private static final Logger LOG = Logger.getLogger(FileSendJournal.class.getName());

    private final Path file;
    private final Clock clock;
    private final Properties entries;
    private final String problem;

    public FileSendJournal(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        Properties loaded;
        String trouble = "";
        try {
            loaded = AtomicFiles.readProperties(file);
        } catch (IOException unreadable) {
            loaded = new Properties();
            trouble = setAside(unreadable);
        }
        this.entries = loaded;
        this.problem = trouble;
    }

    @Override
    public synchronized void begin(long taskId) {
        entries.setProperty(Long.toString(taskId), clock.instant().toString());
        write();
    }

    @Override
    public synchronized void end(long taskId) {
        if (entries.remove(Long.toString(taskId)) != null) {
            write();
        }
    }

    @Override
    public synchronized Set<Long> pending() {
        Set<Long> ids = new HashSet<>();
        for (String name : entries.stringPropertyNames()) {
            try {
                ids.add(Long.parseLong(name.strip()));
            } catch (NumberFormatException notAnId) {
                // ignored: only task ids are ever written
            }
        }
        return ids;
    }

    @Override
    public String problem() {
        return problem;
    }

    private void write() {
        try {
            AtomicFiles.writeProperties(file, entries, "Task Inbox send journal: sends whose outcome is not yet known");
        } catch (IOException cannotWrite) {
            // Refusing to send is the safe answer when the journal cannot be kept.
            throw new UncheckedIOException("The send journal could not be written to " + file, cannotWrite);
        }
    }

    private String setAside(IOException unreadable) {
        try {
            Path aside = AtomicFiles.moveAside(file, clock);
            LOG.log(Level.WARNING, "Unreadable send journal moved to " + aside, unreadable);
            return "The record of unfinished sends could not be read (set aside as " + aside.getFileName()
                    + "). If the app stopped during a send, check that task in Reply before sending it again.";
        } catch (IOException cannotMove) {
            LOG.log(Level.SEVERE, "Unreadable send journal " + file + " could not be moved aside", cannotMove);
            return "The record of unfinished sends could not be read. If the app stopped during a send, "
                    + "check that task in Reply before sending it again.";
        }
    }
}

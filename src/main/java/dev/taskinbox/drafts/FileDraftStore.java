package dev.taskinbox.drafts;

import dev.taskinbox.common.io.AtomicFiles;
import dev.taskinbox.task.Draft;
import dev.taskinbox.task.DraftStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drafts in a properties file, rewritten atomically. Edits arrive on every keystroke, so writes
 * are gathered: the first change schedules one write a moment later, which saves whatever the
 * drafts are by then. Nothing waits on the disk but the writer thread.
 */
public final class FileDraftStore implements DraftStore, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FileDraftStore.class.getName());
    /** Well inside the promised second, and few enough writes while the rep types. */
    private static final long GATHER_MILLIS = 250;

    private final Path file;
    private final Clock clock;
    private final Map<Long, Draft> drafts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "draft-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private volatile String problem = "";

    private boolean loaded;

    public FileDraftStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public synchronized Map<Long, Draft> loadAll() {
        // Read once (start-up reads it off the FX thread); afterwards the store's own copy is the truth.
        if (loaded) {
            return Map.copyOf(drafts);
        }
        loaded = true;
        try {
            Properties stored = AtomicFiles.readProperties(file);
            drafts.clear();
            drafts.putAll(DraftFormat.read(stored));
        } catch (IOException unreadable) {
            drafts.clear();
            problem = setAside(unreadable);
        }
        return Map.copyOf(drafts);
    }

    @Override
    public void save(Draft draft) {
        drafts.put(draft.taskId(), draft);
        scheduleWrite();
    }

    @Override
    public void remove(long taskId) {
        if (drafts.remove(taskId) != null) {
            scheduleWrite();
        }
    }

    @Override
    public String problem() {
        return problem;
    }

    /** Writes now and waits for it (tests, and the app's last act before it exits). */
    public void flush() {
        try {
            writer.submit(this::write).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();   // the caller is being stopped: let it know
            LOG.log(Level.WARNING, "Drafts were still being written to " + file + " when the app was stopped", stopping);
        } catch (Exception failed) {
            LOG.log(Level.WARNING, "Drafts could not be flushed to " + file, failed);
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
    }

    private void scheduleWrite() {
        if (writer.isShutdown()) {
            // Closed (the app is going, or connecting anew): a send confirmed after that lets its draft
            // go in memory only; the next start finds the task done and its draft no longer matters.
            LOG.fine("Drafts closed; a late change was not written to " + file);
            return;
        }
        if (writeScheduled.compareAndSet(false, true)) {
            writer.schedule(this::write, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void write() {
        writeScheduled.set(false);
        try {
            AtomicFiles.writeProperties(file, DraftFormat.write(new HashMap<>(drafts)), "Task Inbox drafts: unsent edits");
        } catch (IOException cannotWrite) {
            LOG.log(Level.SEVERE, "Drafts could not be saved to " + file + "; they stay in memory.", cannotWrite);
        }
    }

    private String setAside(IOException unreadable) {
        try {
            Path aside = AtomicFiles.moveAside(file, clock);
            LOG.log(Level.WARNING, "Unreadable drafts file moved to " + aside, unreadable);
            return "Your saved drafts could not be read, so the file was set aside as " + aside.getFileName()
                    + ". New edits are saved as usual.";
        } catch (IOException cannotMove) {
            LOG.log(Level.SEVERE, "Unreadable drafts file " + file + " could not be moved aside", cannotMove);
            return "Your saved drafts could not be read. New edits are kept while the app runs.";
        }
    }
}

package dev.taskinbox.inbox;

import static dev.taskinbox.common.io.PropertyValues.instant;
import static dev.taskinbox.common.io.PropertyValues.number;
import static dev.taskinbox.common.io.PropertyValues.put;

import dev.taskinbox.common.io.AtomicFiles;
import dev.taskinbox.task.CurrentUser;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The rep's last list on disk, so the next start shows it at once (and offline): each task as the
 * list call gave it, with what was learned since (the contact's zone, the step's name, the
 * subject). Never the key, never a message body; written whole or not at all, owner-only.
 * Reading and writing block: never on the FX thread.
 */
public final class QueueCache {
    private static final Logger LOG = Logger.getLogger(QueueCache.class.getName());

    /** One cached row. */
    public record Entry(TaskSummary summary, String zone, String stepName, String subject) {
    }

    /** A saved list: when, whose, and its rows. */
    public record Snapshot(Instant savedAt, CurrentUser user, List<Entry> entries, Map<Long, String> sequences) {
        public static final Snapshot EMPTY = new Snapshot(null, null, List.of(), Map.of());

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    private final Path file;
    private volatile Snapshot loaded = Snapshot.EMPTY;

    private QueueCache(Path file) {
        this.file = file;
    }

    public static QueueCache at(Path file) {
        return new QueueCache(file);
    }

    /** Keeps nothing (demo data starts afresh every run). */
    public static QueueCache none() {
        return new QueueCache(null);
    }

    /** Whether it keeps anything (not on demo data, nor where nothing asked it to). */
    public boolean keeps() {
        return file != null;
    }

    /** Reads the file; a missing, damaged or foreign one is simply no cache (it is only a head start). */
    public void read() {
        if (file == null) {
            return;
        }
        try {
            loaded = parse(AtomicFiles.readProperties(file));
        } catch (IOException | RuntimeException unreadable) {
            LOG.warning("The cached list " + file + " could not be read (" + unreadable.getMessage() + "); starting without it.");
            loaded = Snapshot.EMPTY;
        }
    }

    /**
     * The list in {@code file}, or none when it is missing or cannot be read; says nothing, as the
     * app's own read of it later says why (a look ahead for the opening window).
     */
    public static Snapshot peek(Path file) {
        try {
            return parse(AtomicFiles.readProperties(file));
        } catch (IOException | RuntimeException unreadable) {
            return Snapshot.EMPTY;
        }
    }

    /** What {@link #read()} found. */
    public Snapshot loaded() {
        return loaded;
    }

    public void write(Snapshot snapshot) throws IOException {
        if (file == null) {
            return;
        }
        Properties out = new Properties();
        out.setProperty("savedAt", snapshot.savedAt().toString());
        out.setProperty("user.id", Long.toString(snapshot.user().userId()));
        out.setProperty("user.name", snapshot.user().name() == null ? "" : snapshot.user().name());
        snapshot.sequences().forEach((id, name) -> out.setProperty("sequence." + id, name));
        for (Entry entry : snapshot.entries()) {
            TaskSummary task = entry.summary();
            String key = task.id() + ".";
            out.setProperty(key + "type", task.type().name());
            out.setProperty(key + "status", task.status().name());
            put(out, key + "linkedIn", task.linkedInAction() == null ? null : task.linkedInAction().name());
            out.setProperty(key + "contact", task.contactName());
            put(out, key + "startAt", task.startAt());
            put(out, key + "dueTo", task.dueTo());
            put(out, key + "finishedAt", task.finishedAt());
            put(out, key + "sequence", task.sequenceId());
            out.setProperty(key + "scheduled", Boolean.toString(task.scheduled()));
            put(out, key + "contactId", task.contactId());
            put(out, key + "zone", entry.zone());
            put(out, key + "step", entry.stepName());
            put(out, key + "subject", entry.subject());
        }
        AtomicFiles.writeProperties(file, out, "Task Inbox: the last task list, for a quick start (no key, no messages)");
    }


    private static Snapshot parse(Properties in) {
        if (in.getProperty("savedAt") == null || in.getProperty("user.id") == null) {
            return Snapshot.EMPTY;
        }
        TreeSet<Long> ids = new TreeSet<>();
        for (String key : in.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot > 0 && Character.isDigit(key.charAt(0))) {
                ids.add(Long.parseLong(key.substring(0, dot)));
            }
        }
        Map<Long, String> sequences = new HashMap<>();
        for (String key : in.stringPropertyNames()) {
            if (key.startsWith("sequence.")) {
                sequences.put(Long.parseLong(key.substring("sequence.".length())), in.getProperty(key));
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (long id : ids) {
            String key = id + ".";
            TaskSummary task = new TaskSummary(id, TaskType.valueOf(in.getProperty(key + "type")),
                    TaskStatus.valueOf(in.getProperty(key + "status")), enumOrNull(in.getProperty(key + "linkedIn")),
                    in.getProperty(key + "contact", ""), instant(in, key + "startAt"), instant(in, key + "dueTo"),
                    instant(in, key + "finishedAt"), number(in, key + "sequence"),
                    Boolean.parseBoolean(in.getProperty(key + "scheduled")), number(in, key + "contactId"));
            entries.add(new Entry(task, in.getProperty(key + "zone", ""), in.getProperty(key + "step", ""),
                    in.getProperty(key + "subject", "")));
        }
        return new Snapshot(Instant.parse(in.getProperty("savedAt")),
                new CurrentUser(Long.parseLong(in.getProperty("user.id")), in.getProperty("user.name", "")), List.copyOf(entries),
                Map.copyOf(sequences));
    }

    private static LinkedInAction enumOrNull(String name) {
        return name == null ? null : LinkedInAction.valueOf(name);
    }
}

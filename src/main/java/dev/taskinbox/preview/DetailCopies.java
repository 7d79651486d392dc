package dev.taskinbox.preview;

import static dev.taskinbox.common.io.PropertyValues.instant;
import static dev.taskinbox.common.io.PropertyValues.number;
import static dev.taskinbox.common.io.PropertyValues.put;

import dev.taskinbox.common.io.AtomicFiles;
import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The tasks already read, on disk, so that with Reply out of reach the rep can still read a task
 * and edit its draft: its message, target and step as Reply last gave them, each with the moment it
 * was read. A copy is only ever shown as a copy (Send waits for a fresh read), never taken for the
 * task itself. Owner-only, written whole or not at all; never the key. Reading and writing the file
 * block: never on the FX thread. {@link #keep} may be called from any thread.
 */
public final class DetailCopies {
    private static final Logger LOG = Logger.getLogger(DetailCopies.class.getName());
    /** More than a day's queue; the oldest go first. */
    static final int MOST = 500;

    /** A task as it was read, and when. */
    public record Copy(TaskDetail task, Instant readAt) {
    }

    private final Path file;
    private final Clock clock;
    private final Map<Long, Copy> copies = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private DetailCopies(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public static DetailCopies at(Path file, Clock clock) {
        return new DetailCopies(file, clock);
    }

    /** Keeps nothing (demo data and tests that do not ask for it). */
    public static DetailCopies none() {
        return new DetailCopies(null, Clock.systemUTC());
    }

    public boolean keeps() {
        return file != null;
    }

    /** Reads the file; a missing or damaged one is simply no copies (they are only a fallback). */
    public void read() {
        if (file == null) {
            return;
        }
        try {
            copies.putAll(parse(AtomicFiles.readProperties(file)));
        } catch (IOException | RuntimeException unreadable) {
            LOG.warning("The copies of read tasks in " + file + " could not be read (" + unreadable.getMessage()
                    + "); starting without them.");
        }
    }

    public Optional<Copy> copyOf(long taskId) {
        return Optional.ofNullable(copies.get(taskId));
    }

    /** Notes the task as just read. */
    public void keep(TaskDetail task) {
        if (file != null) {
            copies.put(task.id(), new Copy(task, clock.instant()));
            changed = true;
        }
    }

    /** Whether something was kept since the last {@link #write()}. */
    public boolean changed() {
        return changed;
    }

    /** Writes the newest {@link #MOST} copies. */
    public void write() throws IOException {
        if (file == null) {
            return;
        }
        changed = false;
        Properties out = new Properties();
        copies.values().stream().sorted(Comparator.comparing(Copy::readAt).reversed()).limit(MOST).forEach(copy -> {
            TaskDetail task = copy.task();
            String key = task.id() + ".";
            out.setProperty(key + "readAt", copy.readAt().toString());
            out.setProperty(key + "type", task.type().name());
            out.setProperty(key + "status", task.status().name());
            put(out, key + "linkedIn", task.linkedInAction() == null ? null : task.linkedInAction().name());
            put(out, key + "contactId", task.contactId());
            put(out, key + "sequenceId", task.sequenceId());
            put(out, key + "step", task.stepName());
            put(out, key + "startAt", task.startAt());
            put(out, key + "dueTo", task.dueTo());
            put(out, key + "finishedAt", task.finishedAt());
            out.setProperty(key + "failed", Boolean.toString(task.failed()));
            out.setProperty(key + "scheduled", Boolean.toString(task.scheduled()));
            put(out, key + "template.subject", task.template().subject());
            put(out, key + "template.body", task.template().body());
            put(out, key + "content.subject", task.content().subject());
            put(out, key + "content.body", task.content().body());
            put(out, key + "email", task.target().email());
            put(out, key + "phone", task.target().phoneNumber());
            put(out, key + "linkedInUrl", task.target().linkedInUrl());
        });
        AtomicFiles.writeProperties(file, out, "Task Inbox: the tasks last read, shown as copies while Reply cannot be reached");
    }

    private static Map<Long, Copy> parse(Properties in) {
        TreeSet<Long> ids = new TreeSet<>();
        for (String key : in.stringPropertyNames()) {
            if (key.endsWith(".readAt")) {
                ids.add(Long.parseLong(key.substring(0, key.indexOf('.'))));
            }
        }
        Map<Long, Copy> read = new ConcurrentHashMap<>();
        for (long id : ids) {
            String key = id + ".";
            String linkedIn = in.getProperty(key + "linkedIn");
            TaskDetail task = new TaskDetail(id, TaskType.valueOf(in.getProperty(key + "type")),
                    TaskStatus.valueOf(in.getProperty(key + "status")), linkedIn == null ? null : LinkedInAction.valueOf(linkedIn),
                    number(in, key + "contactId"), number(in, key + "sequenceId"), in.getProperty(key + "step"),
                    instant(in, key + "startAt"), instant(in, key + "dueTo"), instant(in, key + "finishedAt"),
                    Boolean.parseBoolean(in.getProperty(key + "failed")), Boolean.parseBoolean(in.getProperty(key + "scheduled")),
                    new MessageContent(in.getProperty(key + "template.subject"), in.getProperty(key + "template.body")),
                    new MessageContent(in.getProperty(key + "content.subject"), in.getProperty(key + "content.body")),
                    new DeliveryTarget(in.getProperty(key + "email"), in.getProperty(key + "phone"), in.getProperty(key + "linkedInUrl")));
            read.put(id, new Copy(task, instant(in, key + "readAt")));
        }
        return read;
    }
}

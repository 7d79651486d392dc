package dev.taskinbox.outbox;

import dev.taskinbox.common.io.AtomicFiles;
import dev.taskinbox.task.MessageContent;
import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The held sends on disk, written whole and atomically each time they change (so a kill -9 leaves
 * the old list or the new one, never half). A damaged file is set aside with a message, never fatal;
 * an entry that does not read is left out and counted. Blocking: called off the FX thread.
 */
public final class OutboxFile {
    private static final Logger LOG = Logger.getLogger(OutboxFile.class.getName());

    /** What was on disk, and what the rep should hear about it ("" when all was well). */
    public record Loaded(List<HeldSend> held, String problem) {
    }

    private final Path file;
    private final Clock clock;

    private OutboxFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public static OutboxFile at(Path file, Clock clock) {
        return new OutboxFile(file, clock);
    }

    /** Keeps nothing (demo data: held sends end with the run, as the demo's tasks do). */
    public static OutboxFile inMemory() {
        return new OutboxFile(null, Clock.systemUTC());
    }

    public Loaded load() {
        if (file == null) {
            return new Loaded(List.of(), "");
        }
        Properties stored;
        try {
            stored = AtomicFiles.readProperties(file);
        } catch (IOException damaged) {
            String where = AtomicFiles.setAside(file, clock);
            LOG.warning("The outbox " + file + " could not be read: " + damaged.getMessage());
            return new Loaded(List.of(), "The list of held sends could not be read, so none will go by themselves." + where);
        }
        TreeSet<Long> ids = new TreeSet<>();
        for (String name : stored.stringPropertyNames()) {
            int dot = name.indexOf('.');
            try {
                ids.add(Long.parseLong(dot < 0 ? name : name.substring(0, dot)));
            } catch (NumberFormatException notOurs) {
                // a line someone added by hand: not an entry
            }
        }
        List<HeldSend> held = new ArrayList<>();
        int unreadable = 0;
        for (long id : ids) {
            try {
                held.add(read(stored, id));
            } catch (RuntimeException damaged) {
                unreadable++;
            }
        }
        return new Loaded(List.copyOf(held), unreadable == 0 ? ""
                : unreadable + (unreadable == 1 ? " held send" : " held sends") + " could not be read and will not go.");
    }

    public void save(List<HeldSend> held) throws IOException {
        if (file == null) {
            return;
        }
        Properties out = new Properties();
        for (HeldSend send : held) {
            String key = send.taskId() + ".";
            out.setProperty(key + "sendAt", send.sendAt().toString());
            out.setProperty(key + "who", send.who());
            out.setProperty(key + "type", send.type().name());
            out.setProperty(key + "zone", send.zone());
            if (send.request().content() != null) {
                out.setProperty(key + "subject", send.request().content().subject());
                out.setProperty(key + "body", send.request().content().body());
            }
            if (send.request().emailAccountId() != null) {
                out.setProperty(key + "account", Long.toString(send.request().emailAccountId()));
            }
        }
        AtomicFiles.writeProperties(file, out, "Task Inbox outbox: sends held until their time");
    }

    private static HeldSend read(Properties stored, long id) {
        String key = id + ".";
        String at = stored.getProperty(key + "sendAt");
        if (at == null) {
            throw new IllegalArgumentException("no time");
        }
        Instant sendAt;
        try {
            sendAt = Instant.parse(at.strip());
        } catch (DateTimeParseException notATime) {
            throw new IllegalArgumentException(notATime);
        }
        String body = stored.getProperty(key + "body");
        MessageContent content = body == null ? null : new MessageContent(stored.getProperty(key + "subject", ""), body);
        String account = stored.getProperty(key + "account");
        String zone = stored.getProperty(key + "zone", "").strip();
        if (!zone.isEmpty()) {
            java.time.ZoneId.of(zone);   // a zone Java does not know makes the entry unreadable, not the app
        }
        return new HeldSend(id, stored.getProperty(key + "who", ""), TaskType.valueOf(stored.getProperty(key + "type", "UNKNOWN")),
                sendAt, zone,
                new SendRequest(content, account == null ? null : Long.valueOf(account.strip())));
    }
}

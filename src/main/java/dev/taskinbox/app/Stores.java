package dev.taskinbox.app;

import dev.taskinbox.compose.SnippetFile;
import dev.taskinbox.drafts.FileDraftStore;
import dev.taskinbox.inbox.QueueCache;
import dev.taskinbox.outbox.OutboxFile;
import dev.taskinbox.preview.DetailCopies;
import dev.taskinbox.send.FileSendJournal;
import dev.taskinbox.task.DraftStore;
import dev.taskinbox.task.SendJournal;
import dev.taskinbox.today.DayLog;
import java.nio.file.Path;
import java.time.Clock;

/** Where drafts, the send journal, the day log, the outbox, the snippets, the last list and the tasks read live: files for real work, memory for the demo. */
record Stores(DraftStore drafts, SendJournal journal, DayLog dayLog, OutboxFile outbox, SnippetFile snippets,
              QueueCache queue, DetailCopies copies) {
    /** The last list's file in the data folder (the opening window reads it too). */
    static final String QUEUE_CACHE = "queue-cache.properties";

    static Stores inMemory() {
        return new Stores(DraftStore.NONE, SendJournal.NONE, DayLog.inMemory(), OutboxFile.inMemory(), SnippetFile.inMemory(),
                QueueCache.none(), DetailCopies.none());
    }

    static Stores onDisk(Path dataDir, Clock clock) {
        return new Stores(new FileDraftStore(dataDir.resolve("drafts.properties"), clock),
                new FileSendJournal(dataDir.resolve("send-journal.properties"), clock), DayLog.open(dataDir.resolve("day-log.txt")),
                OutboxFile.at(dataDir.resolve("outbox.properties"), clock), SnippetFile.at(dataDir.resolve("snippets.properties"), clock),
                QueueCache.at(dataDir.resolve(QUEUE_CACHE)), DetailCopies.at(dataDir.resolve("task-copies.properties"), clock));
    }

    /** Reads what is kept from the last run (blocking: never on the FX thread). */
    void read() {
        drafts.loadAll();   // kept by the store for the preview to take
        queue.read();       // the last list, shown at once by start()
        copies.read();      // the tasks read, shown as copies while Reply cannot be reached
    }
}

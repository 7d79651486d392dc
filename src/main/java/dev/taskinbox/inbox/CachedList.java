package dev.taskinbox.inbox;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.CurrentUser;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.util.Duration;

/**
 * The last list, shown at start before Reply answers (and kept on screen when it does not): the
 * rows come from {@link QueueCache}, and the first live page takes their place in one go, the
 * rep's place kept. Each full load is saved for the next start. Nothing is ever sent from these
 * rows: the preview reads the task afresh before Send can run. Lives on the FX thread.
 */
public final class CachedList {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    /** What is learned of the rows after a load (zones, step names) is saved too, this long after the last of it. */
    private static final Duration SETTLE = Duration.seconds(10);
    private final RowList rows;
    private final ObservableMap<Long, String> sequenceNames;
    private final TaskRunner runner;
    private final Clock clock;
    private final PauseTransition settled = new PauseTransition(SETTLE);
    private QueueCache cache = QueueCache.none();
    private QueueCache.Snapshot shown;
    private CurrentUser owner;
    private Runnable onReplacing = () -> { };
    /** The app is closing: a save still due would hand work to a runner that has stopped. */
    private volatile boolean closed;

    CachedList(RowList rows, ObservableMap<Long, String> sequenceNames, TaskRunner runner, Clock clock) {
        this.rows = rows;
        this.sequenceNames = sequenceNames;
        this.runner = runner;
        this.clock = clock;
        settled.setOnFinished(done -> write());
        // Rows change in place as their zones and steps are read: save again once that settles.
        rows.rows().addListener((ListChangeListener<TaskRow>) change -> {
            if (owner != null && shown == null && cache.keeps() && !closed) {
                settled.playFromStart();
            }
        });
    }

    /** Told just before the live list takes the cached rows' place (the window notes the rep's place). */
    public void setOnReplacing(Runnable listener) {
        this.onReplacing = listener;
    }

    /** Shows what {@code saved} read (nothing when it read nothing), and saves each full load there from now on. */
    public void show(QueueCache saved) {
        this.cache = saved;
        QueueCache.Snapshot snapshot = saved.loaded();
        if (snapshot.isEmpty() || !rows.rows().isEmpty()) {
            return;
        }
        List<TaskRow> cached = snapshot.entries().stream().map(CachedList::row).toList();
        sequenceNames.putAll(snapshot.sequences());
        rows.append(cached);
        shown = snapshot;
    }

    boolean showing() {
        return shown != null;
    }

    /** "as of 08:52" (or of another day), for the words around the cached list. */
    String asOf() {
        ZonedDateTime saved = shown.savedAt().atZone(clock.getZone());
        boolean today = saved.toLocalDate().equals(LocalDate.now(clock));
        return "as of " + (today ? TIME : DAY_AND_TIME).format(saved);
    }

    /** The live answer is for another account than the cached list: the cached rows go at once (true when they went). */
    boolean checkOwner(CurrentUser user) {
        if (shown != null && shown.user().userId() != user.userId()) {
            rows.rows().clear();
            shown = null;
            return true;
        }
        return false;
    }

    /**
     * The first live page is in: the cached rows make way (the window notes the rep's place first)
     * and are handed back by task id, so what was learned of each can go to its live row.
     */
    Map<Long, TaskRow> makeWay() {
        Map<Long, TaskRow> before = new HashMap<>();
        if (shown == null) {
            return before;
        }
        rows.rows().forEach(row -> before.put(row.id(), row));
        onReplacing.run();
        rows.rows().clear();
        shown = null;
        return before;
    }

    /** What the cached row knew (zone, step name, subject) goes to the live row of the same task. */
    static void carry(Map<Long, TaskRow> before, List<TaskRow> fresh) {
        for (TaskRow row : fresh) {
            TaskRow old = before.get(row.id());
            if (old != null) {
                row.setContactZone(old.contactZoneProperty().get());
                row.setStepName(old.stepNameProperty().get());
                row.setSubject(old.subjectProperty().get());
            }
        }
    }

    /** After a full load: the rows as they are now, written off the FX thread; a failure costs only the head start. */
    void save(CurrentUser user) {
        owner = user;
        write();
    }

    /** Saves nothing more (the app is closing; callable from any thread). */
    public void close() {
        closed = true;
    }

    private void write() {
        if (closed || owner == null || shown != null || !cache.keeps()) {
            return;
        }
        CurrentUser user = owner;
        List<QueueCache.Entry> entries = rows.rows().stream().map(row -> new QueueCache.Entry(row.summary(),
                row.contactZoneProperty().get() == null ? "" : row.contactZoneProperty().get().getId(),
                row.stepNameProperty().get(), row.subjectProperty().get())).toList();
        QueueCache.Snapshot snapshot = new QueueCache.Snapshot(clock.instant(), user, entries, Map.copyOf(sequenceNames));
        QueueCache target = cache;
        runner.run("save the list", () -> {
            target.write(snapshot);
            return entries.size();
        }, saved -> { }, failure -> { });
    }

    private static TaskRow row(QueueCache.Entry entry) {
        TaskRow row = new TaskRow(entry.summary());
        row.setStepName(entry.stepName());
        row.setSubject(entry.subject());
        if (!entry.zone().isEmpty()) {
            try {
                row.setContactZone(ZoneId.of(entry.zone()));
            } catch (DateTimeException unknown) {
                // a zone this Java does not know: the row shows no local time, as before
            }
        }
        return row;
    }
}

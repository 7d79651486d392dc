package dev.taskinbox.today;

import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskView;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Today's score as the app sees it: every task done through the app is logged (type and time), and
 * a day is marked clear once the loaded list has nothing overdue. Private to this machine; never
 * blocks anything. FX thread.
 */
public final class Today {
    private final DayLog log;
    private final InboxViewModel inbox;
    private final Clock clock;
    private final List<DayLog.Done> done;
    private final Set<LocalDate> clearDays;
    private final StringProperty summary = new SimpleStringProperty("");

    public Today(DayLog log, InboxViewModel inbox, Clock clock) {
        this.log = log;
        this.inbox = inbox;
        this.clock = clock;
        this.done = new ArrayList<>(log.contents().done());
        this.clearDays = new HashSet<>(log.contents().clearDays());
        inbox.sendReport().onDone(this::done);
        inbox.counts().of(TaskView.OVERDUE).addListener((obs, was, now) -> update());
        inbox.counts().of(TaskView.TODAY).addListener((obs, was, now) -> update());
        inbox.stateProperty().addListener((obs, was, now) -> update());
        update();
    }

    private void done(TaskType type) {
        DayLog.Done entry = new DayLog.Done(clock.instant(), type);
        done.add(entry);
        log.done(entry.at(), type);
        update();
    }

    /** The score now. */
    public TodayScore score() {
        return TodayScore.of(done, clearDays, inbox.counts().of(TaskView.TODAY).get(), clock.instant(), clock.getZone());
    }

    /** "Today: 12 done · 30 left", for the status line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    private void update() {
        LocalDate today = LocalDate.now(clock);
        boolean loaded = inbox.stateProperty().get() == InboxViewModel.LoadState.LOADED;
        if (loaded && inbox.counts().of(TaskView.OVERDUE).get() == 0 && clearDays.add(today)) {
            log.clear(today);
        }
        TodayScore score = score();
        summary.set("Today: " + score.done() + " done · " + score.left() + " left");
    }
}

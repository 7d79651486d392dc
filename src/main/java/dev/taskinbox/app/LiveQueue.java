package dev.taskinbox.app;

import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.inbox.TaskView;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.SendQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A queue that stays live without F5: the list is read again every few minutes and when the window
 * comes back into focus (not while the rep edits or sends are waiting, so nothing moves under their
 * hands), and the rep hears of tasks that are new or fell due since they last looked. The title
 * counts what is due now ("(7) Task Inbox").
 */
final class LiveQueue {
    static final Duration EVERY = Duration.ofMinutes(5);
    /** Coming back to the window reads again only when the last read is at least this old. */
    static final Duration ON_FOCUS = Duration.ofMinutes(1);

    private final InboxViewModel inbox;
    private final PreviewViewModel preview;
    private final SendQueue queue;
    private final Clock clock;
    private final Runnable refresh;
    private Consumer<String> tell = text -> { };
    private Instant lastRead;
    private Set<Long> known = new HashSet<>();
    private Set<Long> dueBefore = new HashSet<>();

    LiveQueue(InboxViewModel inbox, PreviewViewModel preview, SendQueue queue, Clock clock, Runnable refresh) {
        this.inbox = inbox;
        this.preview = preview;
        this.queue = queue;
        this.clock = clock;
        this.refresh = refresh;
        this.lastRead = clock.instant();
        inbox.stateProperty().addListener((obs, was, now) -> {
            if (now == InboxViewModel.LoadState.LOADED) {
                loaded();
            }
        });
    }

    /** Where news goes (an in-window notification in the app). */
    void tellWith(Consumer<String> teller) {
        this.tell = teller;
    }

    /** Starts the timer, and reading again when {@code focused} turns true. */
    void start(ObservableBooleanValue focused) {
        Timeline every = new Timeline(new KeyFrame(javafx.util.Duration.millis(EVERY.toMillis()), event -> refreshIfCalm()));
        every.setCycleCount(Animation.INDEFINITE);
        every.play();
        Timeline minute = new Timeline(new KeyFrame(javafx.util.Duration.minutes(1), event -> clockTicked()));
        minute.setCycleCount(Animation.INDEFINITE);
        minute.play();
        focused.addListener((obs, was, now) -> {
            if (now && Duration.between(lastRead, clock.instant()).compareTo(ON_FOCUS) >= 0) {
                refreshIfCalm();
            }
        });
    }

    /** "(7) " while seven tasks are overdue, else "". */
    StringBinding titlePrefix() {
        return Bindings.createStringBinding(() -> inbox.counts().of(TaskView.OVERDUE).get() == 0 ? ""
                : "(" + inbox.counts().of(TaskView.OVERDUE).get() + ") ", inbox.counts().of(TaskView.OVERDUE));
    }

    /** Tasks that fell due since the last look (called once a minute with the clock's tick). */
    void clockTicked() {
        Instant now = clock.instant();
        List<TaskRow> fell = inbox.rows().stream().filter(row -> row.summary().isOverdue(now) && !dueBefore.contains(row.id()))
                .toList();
        fell.forEach(row -> dueBefore.add(row.id()));
        if (!fell.isEmpty()) {
            tell.accept(fell.size() == 1 ? "Now due: " + fell.get(0).summary().type().label() + " for " + fell.get(0).summary().contactName()
                    : fell.size() + " tasks are now due.");
        }
    }

    boolean refreshIfCalm() {
        boolean busy = preview.editingProperty().get() || queue.progress().remaining() > 0
                || inbox.stateProperty().get() == InboxViewModel.LoadState.LOADING;
        if (busy) {
            return false;
        }
        refresh.run();
        return true;
    }

    private void loaded() {
        lastRead = clock.instant();
        preview.readAgainIfCopy();
        Set<Long> now = new HashSet<>();
        inbox.rows().forEach(row -> now.add(row.id()));
        boolean first = known.isEmpty();
        long fresh = now.stream().filter(id -> !known.contains(id)).count();
        known = now;
        Instant at = clock.instant();
        inbox.rows().stream().filter(row -> row.summary().isOverdue(at)).forEach(row -> dueBefore.add(row.id()));
        if (!first && fresh > 0) {
            // After the list's own "71 tasks to do.", which the same load says a moment later.
            String news = fresh == 1 ? "1 new task in your list." : fresh + " new tasks in your list.";
            dev.taskinbox.common.fx.UiThread.later(() -> tell.accept(news));
        }
    }
}

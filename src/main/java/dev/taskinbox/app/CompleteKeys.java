package dev.taskinbox.app;

import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;

/**
 * C and Shift+C: marking tasks done from the keyboard. A single call first asks how it went,
 * answered with the next key (Reply branches the sequence on it); Shift+C also finishes the
 * prospect in the sequence, one task at a time.
 */
final class CompleteKeys {
    private static final String ASK = "How did the call go? 1 Positive · 2 Call again · 3 Negative · 0 no outcome · Esc: not now";
    private final InboxViewModel inbox;
    private final PreviewViewModel preview;
    private final Supplier<List<Long>> selected;
    /** Runs a single-task action and moves to the next row (run-through). */
    private final Consumer<Runnable> andNext;
    /** The call asked about, until the next key says how it went; null otherwise. */
    private Long asking;
    /** The call asked about is to be completed with its prospect finished (Shift+C). */
    private boolean finishing;

    CompleteKeys(InboxViewModel inbox, PreviewViewModel preview, Supplier<List<Long>> selected, Consumer<Runnable> andNext) {
        this.inbox = inbox;
        this.preview = preview;
        this.selected = selected;
        this.andNext = andNext;
    }

    /** True while the next key answers how a call went. */
    boolean asking() {
        return asking != null;
    }

    /** C completes the selection in one batch; Shift+C ({@code finish}) completes one task and finishes its prospect. */
    void start(boolean finish) {
        TaskDetail shown = preview.detailProperty().get();
        List<Long> ids = selected.get();
        boolean single = ids.size() == 1 && shown != null && shown.id() == ids.get(0);
        if (finish && !single) {
            inbox.notice("Shift+C finishes one prospect at a time: select a single task.");
            return;
        }
        if (single && shown.type() == TaskType.CALL && shown.status() == TaskStatus.NEW) {
            asking = shown.id();
            finishing = finish;
            inbox.notice(finish ? ASK + " (then the prospect is finished in the sequence)" : ASK);
            return;
        }
        if (finish) {
            preview.completeAndFinish();
        } else {
            andNext.accept(() -> inbox.completeAll(ids));
        }
    }

    /** The key after C on a call: its outcome, or anything else to leave it to do. */
    boolean answer(KeyCode code) {
        long call = asking;
        boolean finish = finishing;
        asking = null;
        finishing = false;
        CallOutcome outcome = switch (code) {
            case DIGIT1, NUMPAD1 -> CallOutcome.POSITIVE;
            case DIGIT2, NUMPAD2 -> CallOutcome.TO_CALL;
            case DIGIT3, NUMPAD3 -> CallOutcome.NEGATIVE;
            default -> null;
        };
        TaskDetail shown = preview.detailProperty().get();
        boolean stillShown = shown != null && shown.id() == call;
        if (!stillShown || outcome == null && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            // Another key, or the rep has moved to another task since C: nothing is completed.
            inbox.notice("Not completed: the call is still to do.");
            return true;
        }
        preview.editor().callOutcomeProperty().set(outcome);
        if (finish) {
            preview.completeAndFinish();
        } else {
            preview.sendOrComplete();   // run-through moves on by itself
        }
        return true;
    }
}

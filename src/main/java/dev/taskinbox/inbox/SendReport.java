package dev.taskinbox.inbox;

import dev.taskinbox.send.SendQueue;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.BudgetState;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.util.function.Consumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How sends and completes show in the list: each row's activity ("Sending in 4 s", "Sent",
 * "Checking…") and, for a run of many, its progress and, at the end, what did not go and why.
 * Listens to the send service and the send queue; lives on the FX thread.
 */
public final class SendReport implements SendService.Listener, SendQueue.Listener {
    private final InboxViewModel inbox;
    /** Why each task of the current send run did not go, in the order they failed. */
    private final Map<Long, String> runFailures = new LinkedHashMap<>();

    /** Hears each task the rep got done through the app (sent, completed, one or in a batch), once. */
    private Consumer<TaskType> done = type -> { };

    SendReport(InboxViewModel inbox) {
        this.inbox = inbox;
    }

    /** Who hears of each task done (today's score); one listener, the last set. */
    public void onDone(Consumer<TaskType> listener) {
        this.done = listener;
    }

    void done(TaskType type) {
        done.accept(type);
    }

    @Override
    public void started(long taskId) {
        inbox.find(taskId).ifPresent(row -> row.setActivity("Sending…"));
    }

    @Override
    public void succeeded(TaskDetail task) {
        inbox.troubled("");
        inbox.taskRead(task);
        done(task.type());
        inbox.find(task.id()).ifPresent(row -> {
            row.setActivity(task.type().isExecutable() ? "Sent" : "Done");
            inbox.say((task.type().isExecutable() ? "Sent: " : "Completed: ") + row.summary().contactName()
                    + " (" + task.type().label() + ").");
        });
    }

    @Override
    public void failed(long taskId, GatewayException failure) {
        inbox.find(taskId).ifPresent(row -> {
            if (failure.certainlyNotProcessed()) {
                runFailures.put(taskId, failure.userMessage());
                row.setActivity("Not sent");
                inbox.say("Not sent — " + row.summary().contactName() + ": " + failure.userMessage());
            } else {
                row.setActivity("Checking…");
                inbox.say("Checking whether it was sent to " + row.summary().contactName() + "… ("
                        + failure.userMessage() + ")");
            }
        });
    }

    @Override
    public void reconciled(TaskDetail task, boolean wentOut) {
        inbox.taskRead(task);
        if (wentOut) {
            done(task.type());
        }
        inbox.find(task.id()).ifPresent(row -> {
            row.setActivity(wentOut ? "Sent" : "Not sent");
            inbox.say(wentOut ? "It did go out: " + row.summary().contactName() + " (" + task.type().label() + ")."
                    : "Not sent — " + row.summary().contactName()
                    + ". Reply still has it to do after a second look; you can send it again.");
        });
    }

    @Override
    public void reread(TaskDetail task) {
        inbox.taskRead(task);
        if (task.status() == TaskStatus.NEW) {
            return;   // still to do: the refusal stands as the reason
        }
        inbox.find(task.id()).ifPresent(row -> {
            runFailures.put(task.id(), "already " + task.status().inSentence() + " in Reply");
            row.setActivity("Already " + task.status().inSentence());
            inbox.say("Reply already has this " + task.type().inSentence() + " for "
                    + row.summary().contactName() + " as " + task.status().inSentence()
                    + " (done in the web app, by the sequence or by a teammate). Nothing was sent now.");
        });
    }

    @Override
    public void gone(long taskId) {
        inbox.taskGone(taskId);
    }

    @Override
    public void countingDown(long taskId, int secondsLeft) {
        // The row says when; the status line says how to stop it (the row has no room for both).
        inbox.find(taskId).ifPresent(row -> {
            row.setActivity("Sending in " + secondsLeft + " s");
            inbox.say("Sending to " + row.summary().contactName() + " in " + secondsLeft + " s. Ctrl+Z undoes.");
        });
    }

    @Override
    public void waiting(long taskId) {
        inbox.find(taskId).ifPresent(row -> row.setActivity("Queued"));
    }

    @Override
    public void withdrawn(long taskId) {
        inbox.find(taskId).ifPresent(row -> {
            row.setActivity("");
            inbox.say("Not sent: " + row.summary().contactName() + " is back in the list as it was.");
        });
    }

    @Override
    public void progress(SendQueue.Progress run) {
        if (run.done() + run.failed() == 0) {
            runFailures.clear();
        }
        if (run.remaining() == 0 && !runFailures.isEmpty() && run.total() > 1) {
            String summary = run.failed() + " not sent: " + runFailures.entrySet().stream()
                    .map(failure -> inbox.find(failure.getKey()).map(row -> row.summary().contactName()).orElse("task "
                            + failure.getKey()) + " — " + withoutFinalStop(failure.getValue()))
                    .collect(Collectors.joining("; ")) + ". Their drafts are kept.";
            inbox.say(summary);
            // The status line moves on with the next message; this stays until the rep closes it.
            inbox.needsAttention(summary, List.copyOf(runFailures.keySet()));
        }
        if (run.total() <= 1 && run.remaining() == 0) {
            inbox.showProgress("", 0);
            return;
        }
        String text = run.done() + " done · " + run.failed() + " failed · " + run.remaining() + " left";
        double share = run.total() == 0 ? 0 : (double) (run.done() + run.failed()) / run.total();
        inbox.showProgress(run.remaining() == 0 ? "Finished: " + text
                : text + eta(run.remaining()) + " · Esc stops what has not left", share);
    }

    /** Roughly how long the rest takes at the budget's pace (sends are paced by it, not by the server). */
    private String eta(int remaining) {
        BudgetState state = inbox.budgetState();
        int perMinute = Math.max(1, state.windowLimit());
        int free = Math.max(0, perMinute - state.usedInWindow());
        long seconds = (long) Math.ceil(Math.max(0, remaining - free) * 60.0 / perMinute);
        // Built by hand: this runs for every task queued, and String.format was most of a bulk Send's frame.
        long rest = seconds % 60;
        return seconds == 0 ? "" : " · about " + seconds / 60 + (rest < 10 ? ":0" : ":") + rest;
    }


    @Override
    public void held(long taskId, GatewayException failure) {
        inbox.find(taskId).ifPresent(row -> row.setActivity("Waiting for Reply…"));
        inbox.troubled("Reply cannot be reached right now. Sends are held and go out by themselves once it answers; "
                + "nothing has been sent twice or lost.");
    }

    @Override
    public void unresolved(long taskId, GatewayException failure) {
        runFailures.put(taskId, "it is not known whether it went out");
        inbox.find(taskId).ifPresent(row -> {
            row.setActivity("Outcome unknown");
            inbox.say("Could not check whether it was sent to " + row.summary().contactName()
                    + "; it stays blocked until Reply answers. " + failure.userMessage());
        });
    }

    /** "The recipient is suppressed." inside a longer sentence: the list adds its own stops. */
    private static String withoutFinalStop(String reason) {
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }
}

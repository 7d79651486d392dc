package dev.taskinbox.followup;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.inbox.InboxViewModel;
import dev.taskinbox.inbox.TaskRow;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskSummary;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Creating follow-ups, one task per key press: POST /v3/tasks is not idempotent (§1.11), so the app
 * guards it here. While one is on its way for a task, a second F says so and creates nothing; once
 * one was made (or its answer was unclear), the next F for that task asks first. An unclear answer is
 * told as such and never repeated. Lives on the FX thread.
 */
public final class FollowUps {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final InboxViewModel inbox;
    private final Clock clock;
    /** Source tasks whose follow-up is on its way. */
    private final Set<Long> pending = new HashSet<>();
    /** Source task → what the rep was told about the follow-up made (or maybe made) for it. */
    private final Map<Long, String> made = new HashMap<>();

    public FollowUps(TaskGateway gateway, TaskRunner runner, InboxViewModel inbox, Clock clock) {
        this.gateway = gateway;
        this.runner = runner;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** What F proposes for {@code source}; their zone when the row knows it, else the rep's. */
    public NewTask propose(TaskDetail source) {
        return FollowUpPlan.propose(source, zoneOf(source.id()).orElse(clock.getZone()), clock);
    }

    /** Whether the proposal's times are the prospect's (true) or the rep's own (false). */
    public boolean knowsTheirZone(long sourceId) {
        return zoneOf(sourceId).isPresent();
    }

    public ZoneId zoneFor(long sourceId) {
        return zoneOf(sourceId).orElse(clock.getZone());
    }

    public boolean inFlight(long sourceId) {
        return pending.contains(sourceId);
    }

    /** What was said about an earlier follow-up of this task (ask before another), or empty. */
    public Optional<String> earlier(long sourceId) {
        return Optional.ofNullable(made.get(sourceId));
    }

    /** Creates {@code task} as the follow-up of {@code sourceId}; false (and nothing sent) while one is on its way. */
    public boolean create(long sourceId, NewTask task) {
        if (!pending.add(sourceId)) {
            inbox.notice("A follow-up for this task is already being created.");
            return false;
        }
        String who = who(sourceId);
        NewTask wire = task.type() == TaskType.MANUAL_EMAIL ? withHtmlBody(task) : task;
        inbox.notice("Creating the follow-up for " + who + "…");
        runner.run("create follow-up for " + sourceId, () -> gateway.create(wire), created -> {
            pending.remove(sourceId);
            String said = task.type().label() + " for " + who + ", due " + created.dueTo().atZone(zoneFor(sourceId)).format(WHEN)
                    + (knowsTheirZone(sourceId) ? " their time" : "");
            made.put(sourceId, "A follow-up was created: " + said + ".");
            show(created, who);
            inbox.notice("Follow-up created: " + said + ".");
        }, failure -> {
            pending.remove(sourceId);
            if (failure instanceof GatewayException refused && refused.certainlyNotProcessed()) {
                inbox.warn("The follow-up for " + who + " was not created. " + refused.userMessage());
                return;
            }
            // Not repeated: Reply may have made it, and a second call would make a second task.
            made.put(sourceId, "The last try for " + who + " had no clear answer: Reply may have created it.");
            inbox.warn("Reply did not answer clearly, so the follow-up for " + who + " may or may not exist. "
                    + "The app did not try again: look for it in the list (F5) before making another. "
                    + GatewayException.userMessageOf(failure));
        });
        return true;
    }

    /** The new task joins the list at once (it is the rep's, and New). */
    private void show(TaskDetail created, String who) {
        if (inbox.find(created.id()).isEmpty()) {
            inbox.rows().add(new TaskRow(new TaskSummary(created.id(), created.type(), TaskStatus.NEW,
                    created.linkedInAction(), who, created.startAt(), created.dueTo(), null, null, false, created.contactId())));
        }
    }

    /** The contact's name as the list shows it. */
    public String who(long sourceId) {
        return inbox.find(sourceId).map(row -> row.summary().contactName()).filter(name -> !name.isBlank()).orElse("the contact");
    }

    private Optional<ZoneId> zoneOf(long taskId) {
        return inbox.find(taskId).map(row -> row.contactZoneProperty().get());
    }

    /** An email's body is HTML: the rep's lines become paragraphs, their characters escaped. */
    private static NewTask withHtmlBody(NewTask task) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : task.body().strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(Entities.escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return new NewTask(task.type(), task.linkedInAction(), task.contactId(), task.startAt(), task.dueTo(),
                task.subject(), html.toString());
    }
}

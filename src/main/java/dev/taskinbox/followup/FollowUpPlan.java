package dev.taskinbox.followup;

import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.NewTask;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What F proposes: a task of the same kind for the same contact, due in three working days at 09:00
 * in the prospect's zone (the rep's own where the prospect's is not known), with a short text the rep
 * edits. Pure: the clock and the zones come in.
 */
public final class FollowUpPlan {
    static final int WORKING_DAYS_LATER = 3;
    static final LocalTime MORNING = LocalTime.of(9, 0);
    /**
     * Reply needs {@code startAt} before {@code dueTo}; the task shows from an hour before it is due.
     * A guess: the docs say what the two mean for sequence tasks, not what a created task should carry.
     */
    static final Duration SHOWN_BEFORE_DUE = Duration.ofHours(1);

    private FollowUpPlan() {
    }

    /** The follow-up's kinds, in the list's order (a meeting is booked elsewhere, not created as a task). */
    public static final java.util.List<TaskType> KINDS = TaskType.WORK_ORDER.stream()
            .filter(type -> type != TaskType.MEETING).toList();

    /** The day three working days (Monday to Friday) after today where they are. */
    static LocalDate dueDay(Clock clock, ZoneId zone) {
        LocalDate day = clock.instant().atZone(zone).toLocalDate();
        int left = WORKING_DAYS_LATER;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    /** The proposal for a follow-up of {@code source}, due at 09:00 on the {@link #dueDay}. */
    static NewTask propose(TaskDetail source, ZoneId zone, Clock clock) {
        TaskType type = KINDS.contains(source.type()) ? source.type() : TaskType.TO_DO;
        Instant due = dueDay(clock, zone).atTime(MORNING).atZone(zone).toInstant();
        String subject = type == TaskType.MANUAL_EMAIL ? followUpSubject(source.message().subject()) : "";
        return new NewTask(type, type == TaskType.LINKED_IN ? LinkedInAction.MESSAGE : null, source.contactId(),
                due.minus(SHOWN_BEFORE_DUE), due, subject, text(type));
    }

    /** The same task at another due time, as the rep picked it in the dialog. */
    static NewTask dueAt(NewTask task, TaskType type, Instant due, String subject, String body) {
        return new NewTask(type, type == TaskType.LINKED_IN ? LinkedInAction.MESSAGE : null, task.contactId(),
                due.minus(SHOWN_BEFORE_DUE), due, type == TaskType.MANUAL_EMAIL ? subject : "", body);
    }

    private static String followUpSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            return "Following up";
        }
        return subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
    }

    private static String text(TaskType type) {
        return switch (type) {
            case CALL -> "Call {{firstName}} back about my last message.";
            case TO_DO -> "Follow up with {{firstName}}.";
            default -> "Hi {{firstName}}, following up on my last message. Is this still worth a short talk?";
        };
    }
}

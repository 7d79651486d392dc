package dev.taskinbox.preview;

import dev.taskinbox.task.SendRequest;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a bulk send would do, before anything goes: the pre-flight summary. */
public record BulkPlan(List<Entry> entries) {

    /**
     * One task's fate in the run; {@code reason} says why it is blocked or done by hand, and for one
     * that goes, what is worth reading first (it arrives outside working hours), or "".
     */
    public record Entry(long taskId, TaskDetail task, Kind kind, SendRequest request, String sender, String reason) {
        public enum Kind { SEND, BLOCKED, MANUAL }

        Entry noting(String note) {
            return new Entry(taskId, task, kind, request, sender, note);
        }

        static Entry sendable(TaskDetail task, SendRequest request, String sender) {
            return new Entry(task.id(), task, Kind.SEND, request, sender, "");
        }

        static Entry blocked(long taskId, TaskDetail task, String reason) {
            return new Entry(taskId, task, Kind.BLOCKED, null, null, reason);
        }

        static Entry manual(TaskDetail task) {
            return new Entry(task.id(), task, Kind.MANUAL, null, null,
                    task.type().label() + " is done by hand: complete it instead.");
        }
    }

    public BulkPlan {
        entries = List.copyOf(entries);
    }

    /** The tasks that go but deserve a word first (outside the prospect's working hours). */
    public List<Entry> noted() {
        return of(Entry.Kind.SEND).stream().filter(entry -> !entry.reason().isEmpty()).toList();
    }

    public List<Entry> of(Entry.Kind kind) {
        return entries.stream().filter(entry -> entry.kind() == kind).toList();
    }

    public long count(TaskType type) {
        return of(Entry.Kind.SEND).stream().filter(entry -> entry.task().type() == type).count();
    }

    /** Emails per sending account, in name order. */
    public Map<String, Long> emailsBySender() {
        Map<String, Long> bySender = new TreeMap<>();
        of(Entry.Kind.SEND).stream().filter(entry -> entry.sender() != null)
                .forEach(entry -> bySender.merge(entry.sender(), 1L, Long::sum));
        return bySender;
    }

    /** The least time the sends take under a budget of {@code perMinute} requests with {@code freeNow} left this minute. */
    public Duration estimate(int perMinute, int freeNow) {
        int calls = of(Entry.Kind.SEND).size();
        int beyond = Math.max(0, calls - Math.max(0, freeNow));
        return Duration.ofMillis((long) Math.ceil(beyond * 60_000.0 / Math.max(1, perMinute)));
    }
}

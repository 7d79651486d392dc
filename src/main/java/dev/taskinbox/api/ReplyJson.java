package dev.taskinbox.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import java.time.Instant;

/** The one Gson set-up for Reply's wire format, with the enum tables of reply-api-v3-tasks.md §2.1. */
final class ReplyJson {
    private ReplyJson() {
    }

    static Gson create(DialectTracker dialect) {
        return new GsonBuilder()
                .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
                .registerTypeAdapter(TaskType.class, taskTypes(dialect))
                .registerTypeAdapter(TaskStatus.class, taskStatuses(dialect))
                .registerTypeAdapter(LinkedInAction.class, linkedInActions(dialect))
                .registerTypeAdapter(CallOutcome.class, callOutcomes(dialect))
                // Account statuses are documented as strings only; they must not teach the task dialect.
                .registerTypeAdapter(Wire.EmailAccountStatus.class, accountStatuses(new DialectTracker(EnumDialect.STRINGS)))
                .disableHtmlEscaping()
                .create();
    }

    private static WireEnumAdapter<TaskType> taskTypes(DialectTracker dialect) {
        return new WireEnumAdapter<>(TaskType.UNKNOWN, dialect)
                .value(0, "toDo", TaskType.TO_DO)
                .value(2, "call", TaskType.CALL)
                .value(4, "meeting", TaskType.MEETING)
                .value(5, "linkedIn", TaskType.LINKED_IN)
                .value(7, "manualEmail", TaskType.MANUAL_EMAIL)
                .value(8, "sms", TaskType.SMS)
                .value(9, "whatsApp", TaskType.WHATSAPP);
    }

    private static WireEnumAdapter<TaskStatus> taskStatuses(DialectTracker dialect) {
        return new WireEnumAdapter<>(TaskStatus.UNKNOWN, dialect)
                .value(0, "new", TaskStatus.NEW)
                .value(1, "finished", TaskStatus.FINISHED)
                .value(3, "cancelled", TaskStatus.CANCELLED)
                .value(4, "archived", TaskStatus.ARCHIVED)
                .value(5, "sequenceDetached", TaskStatus.SEQUENCE_DETACHED);
    }

    private static WireEnumAdapter<LinkedInAction> linkedInActions(DialectTracker dialect) {
        return new WireEnumAdapter<>(LinkedInAction.UNKNOWN, dialect)
                .value(0, "message", LinkedInAction.MESSAGE)
                .value(1, "connect", LinkedInAction.CONNECT)
                .value(2, "inMail", LinkedInAction.IN_MAIL)
                .value(3, "viewProfile", LinkedInAction.VIEW_PROFILE);
    }

    /** Documented in G1 only (0 Positive, 1 ToCall, 2 Negative); the G2 spellings are inferred. */
    private static WireEnumAdapter<CallOutcome> callOutcomes(DialectTracker dialect) {
        return new WireEnumAdapter<CallOutcome>(null, dialect)
                .value(0, "positive", CallOutcome.POSITIVE)
                .value(1, "toCall", CallOutcome.TO_CALL)
                .value(2, "negative", CallOutcome.NEGATIVE);
    }

    /** Only strings are documented for this one; the integer order is the documented list order (inferred). */
    private static WireEnumAdapter<Wire.EmailAccountStatus> accountStatuses(DialectTracker dialect) {
        return new WireEnumAdapter<>(Wire.EmailAccountStatus.UNKNOWN, dialect)
                .value(0, "unknown", Wire.EmailAccountStatus.UNKNOWN)
                .value(1, "connected", Wire.EmailAccountStatus.CONNECTED)
                .value(2, "disconnected", Wire.EmailAccountStatus.DISCONNECTED);
    }
}

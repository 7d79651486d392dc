package dev.taskinbox.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.taskinbox.task.CallOutcome;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskType;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;

/** The Gson set-up for Reply's wire format, with the enum tables of reply-api-v3-tasks.md §2.1; enums written in {@code dialect}. */
final class ReplyJson {
    private ReplyJson() {
    }

    static Gson create(EnumDialect dialect) {
        return create(dialect, true);
    }

    /** {@code itemByItem}: a list page's tasks are read one at a time, an unreadable one becoming null (see {@link ListPages}). */
    static Gson create(EnumDialect dialect, boolean itemByItem) {
        GsonBuilder builder = new GsonBuilder();
        if (itemByItem) {
            builder.registerTypeAdapterFactory(new OneItemAtATime());
        }
        return builder
                .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
                .registerTypeAdapter(TaskType.class, taskTypes(dialect))
                .registerTypeAdapter(TaskStatus.class, taskStatuses(dialect))
                .registerTypeAdapter(LinkedInAction.class, linkedInActions(dialect))
                .registerTypeAdapter(CallOutcome.class, callOutcomes(dialect))
                // Account statuses are documented as strings only.
                .registerTypeAdapter(Wire.EmailAccountStatus.class, accountStatuses(EnumDialect.STRINGS))
                .disableHtmlEscaping()
                .create();
    }

    /**
     * Reads each task of a list page on its own, so one item whose shape changed (a Beta page may,
     * e.g. {@code contact} as a string) costs that item only: it becomes null and is counted as
     * unreadable, and the rest of the page shows.
     */
    private static final class OneItemAtATime implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != Wire.TaskListItem.class) {
                return null;
            }
            TypeAdapter<Wire.TaskListItem> strict = (TypeAdapter<Wire.TaskListItem>) gson.getDelegateAdapter(this, type);
            TypeAdapter<JsonElement> tree = gson.getAdapter(JsonElement.class);
            return (TypeAdapter<T>) new TypeAdapter<Wire.TaskListItem>() {
                @Override
                public void write(JsonWriter out, Wire.TaskListItem value) throws IOException {
                    strict.write(out, value);
                }

                @Override
                public Wire.TaskListItem read(JsonReader in) throws IOException {
                    JsonElement item = tree.read(in);
                    try {
                        return strict.fromJsonTree(item);
                    } catch (JsonParseException | IllegalStateException | NumberFormatException unreadable) {
                        return null;
                    }
                }
            };
        }
    }

    private static WireEnumAdapter<TaskType> taskTypes(EnumDialect dialect) {
        return new WireEnumAdapter<>(TaskType.UNKNOWN, dialect)
                .value(0, "toDo", TaskType.TO_DO)
                .value(2, "call", TaskType.CALL)
                .value(4, "meeting", TaskType.MEETING)
                .value(5, "linkedIn", TaskType.LINKED_IN)
                .value(7, "manualEmail", TaskType.MANUAL_EMAIL)
                .value(8, "sms", TaskType.SMS)
                .value(9, "whatsApp", TaskType.WHATSAPP);
    }

    private static WireEnumAdapter<TaskStatus> taskStatuses(EnumDialect dialect) {
        return new WireEnumAdapter<>(TaskStatus.UNKNOWN, dialect)
                .value(0, "new", TaskStatus.NEW)
                .value(1, "finished", TaskStatus.FINISHED)
                .value(3, "cancelled", TaskStatus.CANCELLED)
                .value(4, "archived", TaskStatus.ARCHIVED)
                .value(5, "sequenceDetached", TaskStatus.SEQUENCE_DETACHED);
    }

    private static WireEnumAdapter<LinkedInAction> linkedInActions(EnumDialect dialect) {
        return new WireEnumAdapter<>(LinkedInAction.UNKNOWN, dialect)
                .value(0, "message", LinkedInAction.MESSAGE)
                .value(1, "connect", LinkedInAction.CONNECT)
                .value(2, "inMail", LinkedInAction.IN_MAIL)
                .value(3, "viewProfile", LinkedInAction.VIEW_PROFILE);
    }

    /**
     * Documented in G1 only (0 Positive, 1 ToCall, 2 Negative); the G2 spellings are a guess from the
     * names. A server that refuses them answers 400, and the request goes again in integers.
     */
    private static WireEnumAdapter<CallOutcome> callOutcomes(EnumDialect dialect) {
        return new WireEnumAdapter<CallOutcome>(null, dialect)
                .value(0, "positive", CallOutcome.POSITIVE)
                .value(1, "toCall", CallOutcome.TO_CALL)
                .value(2, "negative", CallOutcome.NEGATIVE);
    }

    /** Only strings are documented for this one (and it is only read); the integer order is the documented list order (inferred). */
    private static WireEnumAdapter<Wire.EmailAccountStatus> accountStatuses(EnumDialect dialect) {
        return new WireEnumAdapter<>(Wire.EmailAccountStatus.UNKNOWN, dialect)
                .value(0, "unknown", Wire.EmailAccountStatus.UNKNOWN)
                .value(1, "connected", Wire.EmailAccountStatus.CONNECTED)
                .value(2, "disconnected", Wire.EmailAccountStatus.DISCONNECTED);
    }
}

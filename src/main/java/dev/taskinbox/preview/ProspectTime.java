package dev.taskinbox.preview;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.DeliveryTarget;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskType;
import dev.taskinbox.task.WorkingHours;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the contact record adds to a shown task: the prospect's local time, and the phone number a
 * WhatsApp task is delivered to (the task itself does not carry it). Lives on the FX thread.
 */
public final class ProspectTime {
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private final ContactZones contactZones;
    private final StringProperty localTime = new SimpleStringProperty("");
    private final ObjectProperty<Map<String, String>> fields = new SimpleObjectProperty<>(Map.of());
    /** "It is Sun 02:13 where they are, outside working hours." while it is; "" otherwise or when the zone is unknown. */
    private final StringProperty hoursNote = new SimpleStringProperty("");
    private Clock clock = Clock.systemDefaultZone();
    private BiConsumer<Long, ZoneId> onContactZone = (taskId, zone) -> { };

    ProspectTime(TaskGateway gateway, TaskRunner runner) {
        this.contactZones = new ContactZones(gateway, runner);
    }

    /** The prospect's local time ("Mon 10:42 (Europe/Stockholm)"), when their time zone is known. */
    public ReadOnlyStringProperty localTimeProperty() {
        return localTime;
    }

    /** The values the shown prospect's {{variables}} take, once their contact is read (empty until then). */
    public ReadOnlyObjectProperty<Map<String, String>> fieldsProperty() {
        return fields;
    }

    /** Now, on the clock local times are read from. */
    Instant now() {
        return clock.instant();
    }

    private WorkingHours workingHours = WorkingHours.DEFAULT;

    /** The prospects' working hours (the rep's setting); the next task shown is judged by them. */
    public void useHours(WorkingHours hours) {
        this.workingHours = hours;
    }

    /** Said when a message would arrive outside the prospect's working hours (the rep's working hours setting). */
    public ReadOnlyStringProperty hoursNoteProperty() {
        return hoursNote;
    }

    /** The clock local times are read from (tests fix it). */
    public void useClock(Clock fixed) {
        this.clock = fixed;
    }

    /** Told the contact's time zone of a task, once it is known (the list shows their time then). */
    public void setOnContactZone(BiConsumer<Long, ZoneId> listener) {
        this.onContactZone = listener;
    }

    /**
     * Looks up the contact of {@code task}; once known, and if the rep still looks at it
     * ({@code shown}), shows their time and hands a WhatsApp task with its phone to {@code withPhone}.
     */
    void lookUp(TaskDetail task, Supplier<TaskDetail> shown, Consumer<TaskDetail> withPhone) {
        localTime.set("");
        hoursNote.set("");
        fields.set(Map.of());
        if (task == null || task.contactId() == null) {
            return;
        }
        long contactId = task.contactId();
        contactZones.lookUp(contactId, known -> {
            TaskDetail now = shown.get();
            if (now == null || !Long.valueOf(contactId).equals(now.contactId())) {
                return;   // the rep has moved on
            }
            fields.set(known.fields());
            if (now.type() == TaskType.WHATSAPP && now.target().phoneNumber() == null && !known.phone().isEmpty()) {
                withPhone.accept(withPhone(now, known.phone()));
            }
            if (known.zone() == null) {
                return;
            }
            ZonedDateTime there = ZonedDateTime.now(clock.withZone(known.zone()));
            localTime.set(there.format(DAY_AND_TIME) + " (" + known.name() + ")");
            hoursNote.set(workingHours.outside(clock.instant(), known.zone()).orElse(""));
            onContactZone.accept(now.id(), known.zone());
        });
    }

    private static TaskDetail withPhone(TaskDetail task, String phone) {
        DeliveryTarget target = new DeliveryTarget(task.target().email(), phone, task.target().linkedInUrl());
        return new TaskDetail(task.id(), task.type(), task.status(), task.linkedInAction(), task.contactId(),
                task.sequenceId(), task.stepName(), task.startAt(), task.dueTo(), task.finishedAt(), task.failed(),
                task.scheduled(), task.template(), task.content(), target);
    }
}

package dev.taskinbox.inbox;

import dev.taskinbox.task.TaskStatus;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskSummary;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.time.ZoneId;

/** One line of the task table: the server's summary plus what the app knows since (status, activity). */
public final class TaskRow {
    private final TaskSummary summary;
    /** The summary and contact as values the table can read without making new ones each time (sorting reads them often). */
    private final ReadOnlyObjectWrapper<TaskSummary> summaryValue;
    private final ReadOnlyStringWrapper contactName;
    private final ObjectProperty<TaskStatus> status;
    private final StringProperty stepName = new SimpleStringProperty("");
    private final StringProperty activity = new SimpleStringProperty("");
    private final BooleanProperty draft = new SimpleBooleanProperty();
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<ZoneId> contactZone = new SimpleObjectProperty<>();

    public TaskRow(TaskSummary summary) {
        this.summary = summary;
        this.summaryValue = new ReadOnlyObjectWrapper<>(summary);
        this.contactName = new ReadOnlyStringWrapper(summary.contactName());
        this.status = new SimpleObjectProperty<>(summary.status());
    }

    public TaskSummary summary() {
        return summary;
    }

    public ReadOnlyObjectProperty<TaskSummary> summaryProperty() {
        return summaryValue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contactNameProperty() {
        return contactName.getReadOnlyProperty();
    }

    public long id() {
        return summary.id();
    }

    public ReadOnlyObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    /** The step label; list items do not carry it, so it fills in once the task's details are read. */
    public ReadOnlyStringProperty stepNameProperty() {
        return stepName;
    }

    /** What the app is doing or did with this row: "Sending…", "Sent", "Not sent". */
    public ReadOnlyStringProperty activityProperty() {
        return activity;
    }

    /** True while the rep has an unsent edit of this task. */
    public ReadOnlyBooleanProperty draftProperty() {
        return draft;
    }

    /** The email subject, once the task's details are read (list items do not carry it); searchable then. */
    public ReadOnlyStringProperty subjectProperty() {
        return subject;
    }

    /** The contact's time zone, once known (null until then, or when Reply has none). */
    public ReadOnlyObjectProperty<ZoneId> contactZoneProperty() {
        return contactZone;
    }

    void setSubject(String value) {
        subject.set(value == null ? "" : value);
    }

    void setContactZone(ZoneId zone) {
        contactZone.set(zone);
    }

    void setDraft(boolean value) {
        draft.set(value);
    }

    void setStatus(TaskStatus value) {
        status.set(value);
    }

    void setStepName(String value) {
        if (value != null && !value.isBlank()) {
            stepName.set(value);
        }
    }

    public void setActivity(String value) {
        activity.set(value);
    }

    /** This task at new dates (a snooze, a move): a new row, since the summary is a value, keeping what the rep saw. */
    public TaskRow movedTo(TaskDetail moved, String activity) {
        TaskSummary before = summary();
        TaskRow replacement = new TaskRow(new TaskSummary(before.id(), before.type(), moved.status(),
                before.linkedInAction(), before.contactName(), moved.startAt(), moved.dueTo(),
                moved.finishedAt(), before.sequenceId(), before.scheduled(), before.contactId()));
        replacement.setStepName(stepNameProperty().get());
        replacement.setDraft(draftProperty().get());
        replacement.setContactZone(contactZoneProperty().get());
        replacement.setActivity(activity);
        return replacement;
    }
}

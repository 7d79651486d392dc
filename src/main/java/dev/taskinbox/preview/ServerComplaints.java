package dev.taskinbox.preview;

import dev.taskinbox.task.GatewayException;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What Reply said was wrong with a send, put next to the field it names (JSON Pointers such as
 * {@code /content/body}); whatever names no field goes in one line above the buttons.
 */
public final class ServerComplaints {
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty general = new SimpleStringProperty("");

    void show(GatewayException failure) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        for (GatewayException.FieldError error : failure.problem().fieldErrors()) {
            String pointer = error.pointer().toLowerCase(Locale.ROOT);
            if (pointer.contains("subject")) {
                subject.set(error.message());
            } else if (pointer.contains("body")) {
                body.set(error.message());
            } else if (pointer.contains("emailaccount")) {
                account.set(error.message());
            } else {
                unplaced.append(unplaced.length() == 0 ? "" : " ").append(error.message());
            }
        }
        boolean placed = !subject.get().isEmpty() || !body.get().isEmpty() || !account.get().isEmpty();
        general.set(unplaced.length() > 0 ? "Not sent: " + unplaced : placed ? "" : "Not sent: " + failure.userMessage());
    }

    void clear() {
        subject.set("");
        body.set("");
        account.set("");
        general.set("");
    }

    /** What the server said about the subject on the last refused send; empty otherwise. */
    public ReadOnlyStringProperty subjectErrorProperty() {
        return subject;
    }

    public ReadOnlyStringProperty bodyErrorProperty() {
        return body;
    }

    public ReadOnlyStringProperty accountErrorProperty() {
        return account;
    }

    /** Why the last send of the shown task did not go, when no single field is to blame. */
    public ReadOnlyStringProperty sendErrorProperty() {
        return general;
    }
}

package dev.taskinbox.app;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.preview.PreviewViewModel;
import dev.taskinbox.send.Readers;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.LinkedInAccount;
import dev.taskinbox.task.LinkedInAction;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskGateway;
import dev.taskinbox.task.TaskType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * While a LinkedIn task is shown, the status line says how many such steps the rep's LinkedIn account
 * has left today ("LinkedIn: 17 of 50 messages left today"), or why it cannot do any. Read when a
 * LinkedIn task is first shown, again after five minutes or after one is done; never blocks anything.
 */
final class LinkedInMeter implements SendService.Listener {
    static final Duration FRESH = Duration.ofMinutes(5);

    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final PreviewViewModel preview;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private List<LinkedInAccount> accounts = List.of();
    private Instant readAt = Instant.MIN;
    private boolean reading;

    LinkedInMeter(TaskGateway gateway, TaskRunner runner, PreviewViewModel preview, SendService service, Clock clock) {
        this.gateway = gateway;
        this.runner = runner;
        this.preview = preview;
        this.clock = clock;
        preview.detailProperty().addListener((obs, was, now) -> shown(now));
        service.addListener(Readers.Role.OTHER, this);
    }

    ReadOnlyStringProperty textProperty() {
        return text;
    }

    private void shown(TaskDetail task) {
        if (task == null || task.type() != TaskType.LINKED_IN) {
            text.set("");
            return;
        }
        show(task);
        if (readAt.plus(FRESH).isBefore(clock.instant())) {
            read();
        }
    }

    private void read() {
        if (reading) {
            return;
        }
        reading = true;
        runner.run("LinkedIn accounts", gateway::linkedInAccounts, read -> {
            reading = false;
            accounts = read;
            readAt = clock.instant();
            show(preview.detailProperty().get());
        }, failure -> {
            reading = false;
            readAt = clock.instant();   // not asked again at once: it is a nicety
            if (!(failure instanceof GatewayException)) {
                text.set("");
            }
        });
    }

    private void show(TaskDetail task) {
        if (task == null || task.type() != TaskType.LINKED_IN || accounts.isEmpty()) {
            text.set("");
            return;
        }
        LinkedInAccount account = accounts.get(0);
        LinkedInAction action = task.linkedInAction() == null ? LinkedInAction.MESSAGE : task.linkedInAction();
        String who = accounts.size() > 1 && !account.name().isBlank() ? " (" + account.name() + ")" : "";
        text.set(account.problem().map(why -> "LinkedIn" + who + ": " + why)
                .orElseGet(() -> account.leftFor(action).map(left -> "LinkedIn" + who + ": " + left).orElse("")));
    }

    @Override
    public void succeeded(TaskDetail task) {
        if (task.type() == TaskType.LINKED_IN) {
            readAt = Instant.MIN;   // one step fewer left: read again when the next LinkedIn task shows
        }
    }

    @Override
    public void failed(long taskId, GatewayException failure) {
        // nothing was done
    }
}

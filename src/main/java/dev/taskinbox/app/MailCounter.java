package dev.taskinbox.app;

import dev.taskinbox.preview.Senders;
import dev.taskinbox.send.Readers;
import dev.taskinbox.send.SendService;
import dev.taskinbox.task.EmailAccount;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskDetail;
import dev.taskinbox.task.TaskType;
import dev.taskinbox.today.DayLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Counts each email this app sent, by the mailbox it went from, for the "left today" estimate: the
 * mailbox the execute named, else the rep's default (what Reply uses for {@code {}}). Sequence emails
 * are not counted: the sequence picks their mailbox. Kept in the day log, so a restart keeps today's count.
 */
final class MailCounter implements SendService.Listener {
    private final SendService service;
    private final Senders senders;
    private final DayLog log;
    private final Clock clock;

    MailCounter(SendService service, Senders senders, DayLog log, Clock clock) {
        this.service = service;
        this.senders = senders;
        this.log = log;
        this.clock = clock;
        LocalDate today = LocalDate.now(clock);
        log.contents().mail().stream().filter(mail -> LocalDate.ofInstant(mail.at(), clock.getZone()).equals(today))
                .forEach(mail -> senders.sentToday().count(mail.accountId()));
        service.addListener(Readers.Role.OTHER, this);
    }

    @Override
    public void succeeded(TaskDetail task) {
        if (task.type() != TaskType.MANUAL_EMAIL || task.fromSequence()) {
            return;
        }
        if (service.requestOf(task.id()).isEmpty()) {
            return;   // completed, not sent: no email left any mailbox
        }
        Optional<Long> named = service.requestOf(task.id()).map(request -> request.emailAccountId());
        Optional<Long> from = named.isPresent() ? named : senders.all()
                .flatMap(accounts -> accounts.stream().filter(EmailAccount::isDefault).findFirst()).map(EmailAccount::id);
        from.ifPresent(account -> {
            senders.sentToday().count(account);
            log.mail(clock.instant(), account);
        });
    }

    @Override
    public void failed(long taskId, GatewayException failure) {
        // nothing went: nothing to count
    }
}

package dev.taskinbox.preview;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.Contact;
import dev.taskinbox.task.GatewayException;
import dev.taskinbox.task.TaskGateway;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where each contact lives, in time, and their phone (WhatsApp tasks carry no delivery target, so
 * the number is the contact's: reply-api-v3-tasks.md §6.4): read once per contact and kept for the session. A contact
 * with no zone, or one Java does not know, is remembered as unknown and not asked for again;
 * a read that failed is asked again next time, unless Reply said the key may not read contacts.
 */
final class ContactZones {
    private final TaskGateway gateway;
    private final TaskRunner runner;
    private final Map<Long, Known> known = new HashMap<>();
    /** Reply said this key may not read contacts (403): asking again for each task would only spend the budget. */
    private boolean denied;

    ContactZones(TaskGateway gateway, TaskRunner runner) {
        this.gateway = gateway;
        this.runner = runner;
    }

    /** Calls back with the contact's zone (its name and the zone), at once when known, else once read. */
    void lookUp(long contactId, Consumer<Known> then) {
        Known already = known.get(contactId);
        if (already != null || denied) {
            then.accept(already != null ? already : Known.of("", ""));
            return;
        }
        runner.run("contact " + contactId, () -> gateway.contact(contactId)
                        .map(Known::of).orElse(Known.of("", "")),
                read -> {
                    known.put(contactId, read);
                    then.accept(read);
                }, failure -> denied = failure instanceof GatewayException refused
                        && refused.kind() == GatewayException.Kind.FORBIDDEN);
    }

    /**
     * A contact's zone as Reply names it, and as Java knows it (null when it does not); their phone
     * or ""; the values their {{variables}} take.
     */
    record Known(String name, ZoneId zone, String phone, Map<String, String> fields) {
        static Known of(Contact contact) {
            Known known = of(contact.timeZoneId(), contact.phone());
            return new Known(known.name(), known.zone(), known.phone(), contact.fields());
        }

        static Known of(String name, String phone) {
            String number = phone == null ? "" : phone.strip();
            if (name == null || name.isBlank()) {
                return new Known("", null, number, Map.of());
            }
            try {
                return new Known(name, ZoneId.of(name), number, Map.of());
            } catch (DateTimeException unknownZone) {
                return new Known(name, null, number, Map.of());
            }
        }
    }
}

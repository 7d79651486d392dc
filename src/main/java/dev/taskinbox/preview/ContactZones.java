package dev.taskinbox.preview;

import dev.taskinbox.common.fx.TaskRunner;
import dev.taskinbox.task.Contact;
import dev.taskinbox.task.TaskGateway;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where each contact lives, in time: read once per contact and kept for the session. A contact
 * with no zone, or one Java does not know, is remembered as unknown and not asked for again;
 * a read that failed is asked again next time.
 */
final class ContactZones {
    private final TaskGateway gateway;
    private final TaskRunner runner;
    /** Zone name by contact id; "" when the contact has none. */
    private final Map<Long, String> names = new HashMap<>();

    ContactZones(TaskGateway gateway, TaskRunner runner) {
        this.gateway = gateway;
        this.runner = runner;
    }

    /** Calls back with the contact's zone (its name and the zone), at once when known, else once read. */
    void lookUp(long contactId, Consumer<Known> then) {
        String known = names.get(contactId);
        if (known != null) {
            then.accept(Known.of(known));
            return;
        }
        runner.run("contact " + contactId, () -> gateway.contact(contactId).map(Contact::timeZoneId).orElse(""),
                zone -> {
                    names.put(contactId, zone == null ? "" : zone);
                    then.accept(Known.of(names.get(contactId)));
                }, failure -> { });
    }

    /** A contact's zone as Reply names it, and as Java knows it (null when it does not). */
    record Known(String name, ZoneId zone) {
        static Known of(String name) {
            if (name == null || name.isBlank()) {
                return new Known("", null);
            }
            try {
                return new Known(name, ZoneId.of(name));
            } catch (DateTimeException unknownZone) {
                return new Known(name, null);
            }
        }
    }
}

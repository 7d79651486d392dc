package dev.taskinbox.task;

import java.util.Optional;

/** Where the task's action lands: an email address, a phone number or a LinkedIn profile. */
public record DeliveryTarget(String email, String phoneNumber, String linkedInUrl) {
    public static final DeliveryTarget NONE = new DeliveryTarget(null, null, null);

    public DeliveryTarget {
        email = blankToNull(email);
        phoneNumber = blankToNull(phoneNumber);
        linkedInUrl = blankToNull(linkedInUrl);
    }

    /** The one address that matters for the given task type, if the server gave it. */
    public Optional<String> addressFor(TaskType type) {
        return Optional.ofNullable(switch (type) {
            case MANUAL_EMAIL -> email;
            case SMS, CALL, WHATSAPP -> phoneNumber;
            case LINKED_IN -> linkedInUrl;
            default -> firstNonNull(email, phoneNumber, linkedInUrl);
        });
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package dev.taskinbox.task;

import java.util.Map;
import java.util.Optional;

/**
 * One of the rep's LinkedIn accounts as GET /v3/linkedin-accounts reports it: its status
 * ({@code enabled}, {@code dailyLimitReached}, {@code cookieInvalid}) and, per kind of step, how
 * many were used today against the daily limit.
 */
public record LinkedInAccount(long id, String name, String status, Map<LinkedInAction, Usage> usage) {

    public record Usage(int used, int limit) {
        public int left() {
            return Math.max(0, limit - used);
        }
    }

    public LinkedInAccount {
        usage = Map.copyOf(usage);
        status = status == null ? "" : status;
    }

    /** Why it cannot do LinkedIn steps today ("its daily limit is reached"), or empty. */
    public Optional<String> problem() {
        return switch (status) {
            case "dailyLimitReached" -> Optional.of("its daily limit is reached");
            case "cookieInvalid" -> Optional.of("Reply has lost its LinkedIn login (reconnect it in Reply)");
            default -> Optional.empty();
        };
    }

    /** "12 of 20 messages left today", or empty when Reply gave no count for that step. */
    public Optional<String> leftFor(LinkedInAction action) {
        Usage today = usage.get(action);
        if (today == null) {
            return Optional.empty();
        }
        String noun = switch (action) {
            case CONNECT -> "connection requests";
            case IN_MAIL -> "InMails";
            case VIEW_PROFILE -> "profile views";
            default -> "messages";
        };
        return Optional.of(today.left() + " of " + today.limit() + " " + noun + " left today");
    }
}

package dev.taskinbox.api;

import java.util.Objects;

/**
 * Who the key acts as, for keys that need saying (reply-api-v3-tasks.md §6.2): a team for
 * credentials that reach more than one ({@code X-TEAM-ID}), and a user for master and
 * organization keys ({@code X-User-Id}, else {@code X-User-Email}). Blank means "not sent".
 */
public record ActingAs(String teamId, String userId, String userEmail) {
    public static final ActingAs NOBODY = new ActingAs("", "", "");

    public ActingAs {
        teamId = Objects.requireNonNullElse(teamId, "").strip();
        userId = Objects.requireNonNullElse(userId, "").strip();
        userEmail = Objects.requireNonNullElse(userEmail, "").strip();
    }
}

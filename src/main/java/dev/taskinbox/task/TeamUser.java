package dev.taskinbox.task;

/** A teammate tasks can be handed to (GET /v3/whoami/team-users). */
public record TeamUser(long id, String name, String email) {

    /** How the rep picks them: the name, with the address when there is one. */
    @Override
    public String toString() {
        return email == null || email.isBlank() || email.equals(name) ? name : name + " <" + email + ">";
    }
}

package dev.taskinbox.task;

/** The kind of LinkedIn step a LinkedIn task stands for. */
public enum LinkedInAction {
    MESSAGE("Message"),
    CONNECT("Connect"),
    IN_MAIL("InMail"),
    VIEW_PROFILE("View profile"),
    UNKNOWN("LinkedIn");

    private final String label;

    LinkedInAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

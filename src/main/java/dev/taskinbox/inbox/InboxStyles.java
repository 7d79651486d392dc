package dev.taskinbox.inbox;

import javafx.css.PseudoClass;

/** The task list's style classes and states, styled in css/inbox.css under {@link #INBOX} and {@link #VIEWS_PANE}. */
final class InboxStyles {
    static final String SHEET = "inbox";
    static final String INBOX = "inbox";
    static final String DUE_CELL = "due-cell";
    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    static final String VIEWS_PANE = "views-pane";
    static final String VIEWS_HEADING = "views-heading";
    static final String VIEWS_ENTRY = "views-entry";

    private InboxStyles() {
    }
}

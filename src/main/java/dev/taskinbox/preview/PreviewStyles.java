package dev.taskinbox.preview;

import javafx.css.PseudoClass;

/** The preview pane's style classes and states, styled in css/preview.css under {@link #PREVIEW}. */
final class PreviewStyles {
    static final String SHEET = "preview";
    static final String PREVIEW = "preview";
    static final String CONTENT = "preview-content";
    static final String HEADING = "preview-heading";
    static final String CONTEXT = "preview-context";
    static final String FLAGS = "preview-flags";
    static final String FIELDS = "preview-fields";
    static final String TARGET = "preview-target";
    static final String BLOCKED = "preview-blocked";
    static final String SMS_COUNT = "sms-count";
    static final String BODY = "preview-body";
    static final String BODY_FLOW = "preview-body-flow";
    static final String HTML_TEXT = "html-text";
    static final String HTML_BOLD = "html-bold";
    static final String HTML_ITALIC = "html-italic";
    static final String HTML_LINK = "html-link";
    static final String HTML_UNRESOLVED = "html-unresolved";
    /** A subject with an unresolved {{variable}} in it. */
    static final PseudoClass UNRESOLVED = PseudoClass.getPseudoClass("unresolved");
    /** A finished task is not a problem to fix: its note is shown calm, not in the danger colour. */
    static final PseudoClass SETTLED = PseudoClass.getPseudoClass("settled");
    /** The task failed in Reply. */
    static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private PreviewStyles() {
    }
}

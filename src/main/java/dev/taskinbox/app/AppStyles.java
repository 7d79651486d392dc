package dev.taskinbox.app;

/** The main window's style classes, styled in css/app.css under {@link #MAIN_WINDOW}. */
final class AppStyles {
    static final String MAIN_WINDOW = "main-window";
    static final String HEADER = "header";
    static final String APP_TITLE = "app-title";
    static final String DEMO_BADGE = "demo-badge";
    static final String TYPE_FILTER = "type-filter";
    static final String BUDGET_STATUS = "budget-status";
    static final String SEND_PROGRESS = "send-progress";
    static final String STATUS_LINE = "status-line";
    static final String TROUBLE_BANNER = "trouble-banner";
    static final String ATTENTION_BAR = "attention-bar";
    static final String SHORTCUT_KEY = "shortcut-key";

    private AppStyles() {
    }
}

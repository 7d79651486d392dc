package dev.taskinbox.drafts;

import dev.taskinbox.task.Draft;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Drafts as properties: {@code <taskId>.subject}, {@code <taskId>.body}, {@code <taskId>.account}. */
final class DraftFormat {
    private static final String SUBJECT = ".subject";
    private static final String BODY = ".body";
    private static final String ACCOUNT = ".account";

    private DraftFormat() {
    }

    static Properties write(Map<Long, Draft> drafts) {
        Properties properties = new Properties();
        drafts.forEach((id, draft) -> {
            properties.setProperty(id + SUBJECT, draft.subject());
            properties.setProperty(id + BODY, draft.body());
            if (draft.emailAccountId() != null) {
                properties.setProperty(id + ACCOUNT, Long.toString(draft.emailAccountId()));
            }
        });
        return properties;
    }

    /** Every complete draft in the file; entries that do not make sense are skipped, not fatal. */
    static Map<Long, Draft> read(Properties properties) {
        Map<Long, Draft> drafts = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!name.endsWith(BODY)) {
                continue;
            }
            String idText = name.substring(0, name.length() - BODY.length());
            long id;
            try {
                id = Long.parseLong(idText);
            } catch (NumberFormatException notADraft) {
                continue;   // a stray line (hand-edited file?) must not cost the rep the other drafts
            }
            drafts.put(id, new Draft(id, properties.getProperty(idText + SUBJECT, ""), properties.getProperty(name),
                    accountOf(properties.getProperty(idText + ACCOUNT))));
        }
        return drafts;
    }

    /** A sender that cannot be read costs only itself: the rep's words stay, sent from the default. */
    private static Long accountOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}

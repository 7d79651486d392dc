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
            try {
                long id = Long.parseLong(idText);
                String account = properties.getProperty(idText + ACCOUNT);
                drafts.put(id, new Draft(id, properties.getProperty(idText + SUBJECT, ""), properties.getProperty(name),
                        account == null ? null : Long.valueOf(account)));
            } catch (NumberFormatException notADraft) {
                // A stray line (hand-edited file?) must not cost the rep the other drafts.
            }
        }
        return drafts;
    }
}

package dev.taskinbox.common.io;

import java.time.Instant;
import java.util.Properties;

/** Optional values in a properties file: absent means null, and null or empty is never written. */
public final class PropertyValues {
    private PropertyValues() {
    }

    public static void put(Properties out, String key, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            out.setProperty(key, value.toString());
        }
    }

    public static Instant instant(Properties in, String key) {
        String value = in.getProperty(key);
        return value == null ? null : Instant.parse(value);
    }

    public static Long number(Properties in, String key) {
        String value = in.getProperty(key);
        return value == null ? null : Long.parseLong(value);
    }
}

package dev.taskinbox.api;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Which enum dialect to write. Learned from the server's own answers (the last enum it sent
 * decides), unless settings pin one; the seed's integers until the server has said anything.
 */
final class DialectTracker {
    private final EnumDialect pinned;
    private final AtomicReference<EnumDialect> learned = new AtomicReference<>(EnumDialect.INTEGERS);

    /** @param pinned the dialect from settings, or null to learn it */
    DialectTracker(EnumDialect pinned) {
        this.pinned = pinned;
    }

    void saw(EnumDialect dialect) {
        learned.set(dialect);
    }

    EnumDialect current() {
        return pinned != null ? pinned : learned.get();
    }
}

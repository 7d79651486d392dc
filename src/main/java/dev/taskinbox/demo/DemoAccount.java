package dev.taskinbox.demo;

/** A mailbox of the demo user or a teammate. */
record DemoAccount(long id, long ownerUserId, String email, String senderName, boolean isDefault, String connectionStatus,
                   int dailyLimit, boolean lockedByProvider) {

    DemoAccount(long id, long ownerUserId, String email, String senderName, boolean isDefault, String connectionStatus) {
        this(id, ownerUserId, email, senderName, isDefault, connectionStatus, 200, false);
    }
}

package dev.taskinbox.demo;

/** A mailbox of the demo user or a teammate. */
record DemoAccount(long id, long ownerUserId, String email, String senderName, boolean isDefault, String connectionStatus) {
}

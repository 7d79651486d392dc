package dev.taskinbox.demo;

/** A mailbox of the demo user. */
record DemoAccount(long id, String email, String senderName, boolean isDefault, String connectionStatus) {
}

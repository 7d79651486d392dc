package dev.taskinbox.support;

/** A child JVM that claims the one-instance lock of a data folder, says so, and reports every knock:  InstanceHolder DATA_DIR */
public final class InstanceHolder {
    private InstanceHolder() {
    }

    public static void main(String[] args) throws Exception {
        dev.taskinbox.app.SingleInstanceProbe.holdAndReport(java.nio.file.Path.of(args[0]));
    }
}

package dev.taskinbox.app;

import java.nio.file.Path;

/** Lets a child JVM (support.InstanceHolder) hold the app's one-instance lock as the app does. */
public final class SingleInstanceProbe {
    private SingleInstanceProbe() {
    }

    @SuppressWarnings("resource")   // held until the process is killed
    public static void holdAndReport(Path data) throws Exception {
        SingleInstance held = SingleInstance.claim(data).orElseThrow(() -> new IllegalStateException("lock taken"));
        held.onWake(() -> System.out.println("WOKEN"));
        System.out.println("CLAIMED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

package dev.taskinbox.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingMethod;

/**
 * The FX thread never waits on I/O (ARCHITECTURE.md §4), enforced: BlockHound watches the FX
 * thread, and a blocking call there (a file, a socket, a process, a sleep) that the app's own code
 * made fails the test during which it happened. JavaFX's own waits and loads (its event queue,
 * fonts, stylesheets) and the tests' own set-up are not the app's doing and are let through.
 * Registered for every test through the JUnit service file.
 */
public final class FxThreadNeverBlocks implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {
    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final Queue<String> CAUGHT = new ConcurrentLinkedQueue<>();
    private static boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CAUGHT.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> caught = new ArrayList<>(CAUGHT);
        CAUGHT.clear();
        if (!caught.isEmpty()) {
            throw new AssertionError("Blocking call on the FX thread:\n" + String.join("\n", caught));
        }
    }

    /** What was caught since the test began, taken away so it does not fail the test (for the self-test). */
    public static List<String> takeCaught() {
        List<String> caught = new ArrayList<>(CAUGHT);
        CAUGHT.clear();
        return caught;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        BlockHound.builder()
                // JavaFX renames its thread after creating it: ask again at every call.
                .addDynamicThreadPredicate(thread -> true)
                .nonBlockingThreadPredicate(current -> current.or(thread -> FX_THREAD.equals(thread.getName())))
                // Files.* reads and writes go through file channels, which BlockHound does not list.
                .markAsBlocking("sun.nio.ch.FileChannelImpl", "read", "(Ljava/nio/ByteBuffer;)I")
                .markAsBlocking("sun.nio.ch.FileChannelImpl", "write", "(Ljava/nio/ByteBuffer;)I")
                .markAsBlocking("sun.nio.ch.FileChannelImpl", "force", "(Z)V")
                // The budget's lock guards bookkeeping only (never I/O; waiting for a turn releases it),
                // so the FX thread reading its state or dropping prefetches waits microseconds at most.
                .allowBlockingCallsInside("dev.taskinbox.api.RequestBudget", "cancelLane")
                .allowBlockingCallsInside("dev.taskinbox.api.RequestBudget", "state")
                // Handing work to a pool takes its queue's lock for a moment when a worker is taking
                // from it at the same instant (seen once the zone read-ahead kept workers busy): a
                // hand-over, never I/O, so it does not count as the FX thread waiting.
                .allowBlockingCallsInside("java.util.concurrent.ThreadPoolExecutor", "execute")
                .blockingMethodCallback(FxThreadNeverBlocks::blocked)
                .install();
    }

    /** Counts the call when the first frame above the JDK's own is the app's main code. */
    private static void blocked(BlockingMethod method) {
        for (StackTraceElement frame : new Throwable().getStackTrace()) {
            String name = frame.getClassName();
            if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                    || name.startsWith("reactor.blockhound") || name.startsWith(FxThreadNeverBlocks.class.getName())) {
                continue;
            }
            if (name.startsWith("dev.taskinbox.") && isMainCode(name)) {
                CAUGHT.add(method + " in " + frame);
            }
            return;
        }
    }

    private static boolean isMainCode(String className) {
        try {
            Class<?> type = Class.forName(className, false, FxThreadNeverBlocks.class.getClassLoader());
            return !type.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes");
        } catch (ClassNotFoundException | RuntimeException unknown) {
            return false;
        }
    }
}

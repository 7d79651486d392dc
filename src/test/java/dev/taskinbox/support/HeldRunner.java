package dev.taskinbox.support;

import dev.taskinbox.common.fx.Job;
import dev.taskinbox.common.fx.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds each piece of work until the test runs it, to look at the app while calls are out. */
public final class HeldRunner implements TaskRunner {
    public final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> Job run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable piece = () -> TaskRunner.runNow(work, onSuccess, onFailure);
        held.add(piece);
        return () -> {
            if (held.remove(piece)) {
                onFailure.accept(new java.util.concurrent.CancellationException(name + " was called off"));
            }
        };
    }
}

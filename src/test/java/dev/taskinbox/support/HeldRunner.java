package dev.taskinbox.support;

import dev.taskinbox.common.fx.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds each piece of work until the test runs it, to look at the app while calls are out. */
public final class HeldRunner implements TaskRunner {
    public final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> TaskRunner.runNow(work, onSuccess, onFailure));
    }
}

package dev.taskinbox.support;

import dev.taskinbox.common.fx.Job;
import dev.taskinbox.common.fx.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs each piece of work on its own daemon thread, callbacks included: the app's services with no FX toolkit. */
public final class ThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Job run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Thread thread = new Thread(() -> TaskRunner.runNow(work, onSuccess, onFailure), name);
        thread.setDaemon(true);
        thread.start();
        return thread::interrupt;
    }
}

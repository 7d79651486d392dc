package dev.taskinbox.common.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and callbacks at once on the calling thread: deterministic view-model tests. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Job run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        TaskRunner.runNow(work, onSuccess, onFailure);
        return Job.FINISHED;
    }
}

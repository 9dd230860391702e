package com.fieldwork.console.task;

import java.util.function.Consumer;

/**
 * Runs work that may touch the database or the engine away from the FX thread and hands the result
 * back on it. View models take one in their constructor: the real console passes
 * {@link FxTaskExecutor}, tests pass {@link SynchronousTaskExecutor} and assert without a screen.
 */
public interface TaskExecutor {

    /**
     * Starts the work; exactly one of the callbacks runs afterwards, on the FX thread (or, in tests,
     * on the caller's thread).
     */
    <T> RunningTask submit(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure);

    /** Work done in the background; it reports progress and checks for cancellation through the handle. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T run(Progress progress) throws Exception;
    }

    /** What long work tells the screen about itself while it runs. */
    interface Progress {
        void update(double done, double total, String message);

        boolean isCancelled();
    }
}

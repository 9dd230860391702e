package com.fieldwork.console.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The console's executor: a {@link Task} per job on a small pool of daemon threads, so a slow query
 * never freezes the screen and closing the window never waits for one.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService pool;

    public FxTaskExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "console-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> RunningTask submit(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        WorkTask<T> task = new WorkTask<>(title, work);
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        pool.execute(task);
        return task.handle();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class WorkTask<T> extends Task<T> implements Progress {

        private final BackgroundWork<T> work;

        WorkTask(String title, BackgroundWork<T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(double done, double total, String message) {
            updateProgress(done, total);
            updateMessage(message);
        }

        RunningTask handle() {
            WorkTask<T> task = this;
            return new RunningTask() {
                @Override
                public ReadOnlyDoubleProperty progressProperty() {
                    return task.progressProperty();
                }

                @Override
                public ReadOnlyStringProperty messageProperty() {
                    return task.messageProperty();
                }

                @Override
                public ReadOnlyBooleanProperty runningProperty() {
                    return task.runningProperty();
                }

                @Override
                public void cancel() {
                    task.cancel(false);
                }
            };
        }
    }
}

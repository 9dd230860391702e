package com.fieldwork.console.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the work at once on the caller's thread: view-model tests call a command and assert on the
 * result in the next line, with no FX toolkit running. It also remembers the titles it ran, so a test
 * can check that the work went through the executor and not onto the caller's thread by accident.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {

    private final List<String> titles = new ArrayList<>();

    @Override
    public <T> RunningTask submit(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        titles.add(title);
        Handle handle = new Handle();
        T result;
        try {
            result = work.run(handle);
        } catch (Exception | LinkageError | AssertionError e) {
            handle.running.set(false);
            onFailure.accept(e);
            return handle;
        }
        handle.running.set(false);
        if (!handle.cancelled) {
            onSuccess.accept(result);
        }
        return handle;
    }

    public List<String> titles() {
        return List.copyOf(titles);
    }

    private static final class Handle implements RunningTask, Progress {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private boolean cancelled;

        @Override
        public void update(double done, double total, String text) {
            progress.set(total <= 0 ? -1 : done / total);
            message.set(text);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}

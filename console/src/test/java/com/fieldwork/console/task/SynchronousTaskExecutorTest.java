package com.fieldwork.console.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SynchronousTaskExecutorTest {

    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final List<Object> successes = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Test
    void handsTheResultToTheSuccessCallbackAndRemembersTheTitle() {
        RunningTask task = executor.submit("Load board", progress -> {
            progress.update(1, 2, "half way");
            return 42;
        }, successes::add, failures::add);

        assertThat(successes).containsExactly(42);
        assertThat(failures).isEmpty();
        assertThat(task.progressProperty().get()).isEqualTo(0.5);
        assertThat(task.messageProperty().get()).isEqualTo("half way");
        assertThat(task.runningProperty().get()).isFalse();
        assertThat(executor.titles()).containsExactly("Load board");
    }

    @Test
    void handsAFailureToTheFailureCallbackOnly() {
        IllegalStateException boom = new IllegalStateException("database gone");
        executor.submit("Save", progress -> {
            throw boom;
        }, successes::add, failures::add);

        assertThat(successes).isEmpty();
        assertThat(failures).containsExactly(boom);
    }

    @Test
    void workThatSeesItselfCancelledDeliversNothing() {
        executor.submit("Optimize", progress -> {
            ((RunningTask) progress).cancel();
            return progress.isCancelled() ? "stopped" : "finished";
        }, successes::add, failures::add);

        assertThat(successes).isEmpty();
        assertThat(failures).isEmpty();
    }
}

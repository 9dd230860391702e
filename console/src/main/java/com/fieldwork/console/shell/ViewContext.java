package com.fieldwork.console.shell;

import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.live.ChangeFeedPoller;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.Actor;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * What every view is built with: the core services, the executor for background work, the signed-in
 * actor (for permissions and the audit log), the live change feed, and the way to open a work order from any
 * view (the pins on the map, the calendar's entries).
 */
public record ViewContext(ConsoleServices services, TaskExecutor executor, Actor actor, ChangeFeedPoller changes,
                          LongConsumer openWorkOrder) {
    public ViewContext {
        Objects.requireNonNull(openWorkOrder, "openWorkOrder");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(changes, "changes");
    }
}

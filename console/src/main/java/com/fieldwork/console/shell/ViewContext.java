package com.fieldwork.console.shell;

import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.live.ChangeFeedPoller;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.Actor;

import java.util.Objects;

/**
 * What every view is built with: the core services, the executor for background work, the signed-in
 * actor (for permissions and the audit log) and the live change feed.
 */
public record ViewContext(ConsoleServices services, TaskExecutor executor, Actor actor, ChangeFeedPoller changes) {
    public ViewContext {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(changes, "changes");
    }
}

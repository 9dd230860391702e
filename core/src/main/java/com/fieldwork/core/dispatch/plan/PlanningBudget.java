package com.fieldwork.core.dispatch.plan;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How long a planner may think, how it reports progress and how it is told to stop.
 *
 * @param progress  called from the planner's thread; must return quickly
 * @param cancelled polled by the planner; true makes it stop with the best plan found so far
 */
public record PlanningBudget(Duration timeLimit, PlanningProgress progress, BooleanSupplier cancelled) {

    public PlanningBudget {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        if (timeLimit.isNegative()) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + timeLimit);
        }
    }

    public static PlanningBudget of(Duration timeLimit) {
        return new PlanningBudget(timeLimit, PlanningProgress.NONE, () -> false);
    }
}

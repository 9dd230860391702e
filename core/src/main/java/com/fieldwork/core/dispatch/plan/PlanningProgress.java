package com.fieldwork.core.dispatch.plan;

/** What a long planning run tells the screen while it works. */
@FunctionalInterface
public interface PlanningProgress {

    PlanningProgress NONE = (elapsedFraction, best) -> { };

    /**
     * @param elapsedFraction share of the time limit used so far, 0..1
     * @param best            the best plan's figures so far
     */
    void update(double elapsedFraction, PlanMetrics best);
}

package com.fieldwork.core.dispatch.plan;

import com.fieldwork.core.workorder.Priority;

/**
 * What leaving a job unassigned costs, by its priority: every planner and the yardstick that judges them count
 * the jobs they leave out this way, so one emergency left out weighs as much as four normal jobs. Doubling per
 * step says a planner should drop any number of lower jobs, up to that ratio, to serve a more urgent one.
 */
public final class PriorityWeights {

    private PriorityWeights() {
    }

    public static int of(Priority priority) {
        return switch (priority) {
            case EMERGENCY -> 8;
            case HIGH -> 4;
            case NORMAL -> 2;
            case LOW -> 1;
        };
    }
}

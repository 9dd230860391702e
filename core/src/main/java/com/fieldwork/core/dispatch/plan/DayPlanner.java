package com.fieldwork.core.dispatch.plan;

/**
 * Assigns and sequences a problem's jobs. Implementations: a greedy baseline, the optimizer, and an
 * exhaustive search for tiny problems (the yardstick for the other two). Must never move a pinned job
 * and must stop within the budget's time limit or when it is cancelled, returning the best plan so far.
 */
public interface DayPlanner {

    PlanProposal plan(PlanningProblem problem, PlanningBudget budget);
}

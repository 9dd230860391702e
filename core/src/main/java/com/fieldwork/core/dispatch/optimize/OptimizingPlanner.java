package com.fieldwork.core.dispatch.optimize;

import com.fieldwork.core.dispatch.plan.DayPlanner;
import com.fieldwork.core.dispatch.plan.PlanMetrics;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.plan.PlanningBudget;
import com.fieldwork.core.dispatch.plan.PlanningProblem;

import java.time.Duration;

/**
 * The optimizer as a {@link DayPlanner}: the field problem becomes a routing problem (one vehicle per
 * technician per working day), {@link RuinAndRecreateSolver} works on it within the budget, and the answer
 * comes back as appointments, rechecked by the board's conflict rules ({@link HardRuleGuard}) so that no
 * proposal carries a hard violation. Pinned visits keep their place. Progress reports the solver's own
 * figures (travel, assigned, SLA breaches; hard violations are 0 by construction); the final proposal is
 * what {@link PlanMetrics} judges.
 */
public final class OptimizingPlanner implements DayPlanner {

    /** Kept back from the time limit for turning the routes into appointments and rechecking them. */
    private static final double RESERVE = 0.05;

    private final long seed;
    private final long maxIterations;

    public OptimizingPlanner() {
        this(1, 0);
    }

    /**
     * @param maxIterations 0 for time-bounded search; a bound makes the answer the same on any machine
     *                      (as long as the time limit is not reached first)
     */
    public OptimizingPlanner(long seed, long maxIterations) {
        this.seed = seed;
        this.maxIterations = maxIterations;
    }

    @Override
    public PlanProposal plan(PlanningProblem problem, PlanningBudget budget) {
        long started = System.nanoTime();
        FieldRoutingModel model = FieldRoutingModel.of(problem);
        RuinAndRecreateSolver solver = new RuinAndRecreateSolver(model.routing, seed);
        long limit = budget.timeLimit().toNanos();
        long left = Math.max(0, (long) (limit * (1 - RESERVE)) - (System.nanoTime() - started));
        int jobs = problem.jobs().size();
        SolverSettings settings = new SolverSettings(seed, Duration.ofNanos(left), maxIterations, budget.cancelled(),
                (fraction, best) -> budget.progress().update(elapsed(started, limit),
                        new PlanMetrics(best.assignedCount(), jobs - best.assignedCount(),
                                model.unassignedWeight(best), best.distance(), 0, best.lateJobs())));
        RoutingSolution best = solver.solve(settings);
        PlanProposal proposal = HardRuleGuard.enforce(problem.rules(), model.toProposal(best));
        budget.progress().update(Math.min(1, elapsed(started, limit)), PlanMetrics.of(problem, proposal));
        return proposal;
    }

    /** The solver's starting point alone (cheapest insertion, no search), for comparison. */
    static PlanProposal construction(PlanningProblem problem) {
        FieldRoutingModel model = FieldRoutingModel.of(problem);
        return HardRuleGuard.enforce(problem.rules(), model.toProposal(new RuinAndRecreateSolver(model.routing, 1)
                .construct()));
    }

    private static double elapsed(long started, long limit) {
        return limit <= 0 ? 1 : Math.min(1, (double) (System.nanoTime() - started) / limit);
    }
}

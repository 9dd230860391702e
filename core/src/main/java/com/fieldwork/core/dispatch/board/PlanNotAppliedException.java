package com.fieldwork.core.dispatch.board;

import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.DomainException;
import com.fieldwork.core.workorder.WorkOrderNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * An accepted plan was rolled back whole: nothing of it was written. The message says so, names the job whose
 * placement failed and why (the cause: a stale visit naming who changed it and when, a rule that said no, a
 * visit that is gone), or that the dispatcher cancelled it before it was saved.
 */
public final class PlanNotAppliedException extends DomainException {

    private final String plan;
    private final Optional<WorkOrderNumber> job;

    PlanNotAppliedException(String plan, WorkOrderNumber job, DomainException cause) {
        super(plan + " was not applied, nothing of it was saved: " + job + " could not be placed. "
                + cause.getMessage(), cause);
        this.plan = plan;
        this.job = Optional.of(job);
    }

    private PlanNotAppliedException(String plan) {
        super(plan + " was not applied, nothing of it was saved: it was cancelled before it was committed");
        this.plan = plan;
        this.job = Optional.empty();
    }

    static PlanNotAppliedException cancelled(String plan) {
        return new PlanNotAppliedException(Objects.requireNonNull(plan, "plan"));
    }

    /** The plan's title. */
    public String plan() {
        return plan;
    }

    /** The work order whose placement failed; empty when the plan was cancelled. */
    public Optional<WorkOrderNumber> job() {
        return job;
    }

    /** True when the plan failed because someone else changed one of its visits or work orders meanwhile. */
    public boolean stale() {
        return getCause() instanceof ConcurrentModificationException;
    }

    /** True when the dispatcher cancelled the plan before it was committed. */
    public boolean cancelled() {
        return job.isEmpty();
    }

    @Override
    public String code() {
        return "plan_not_applied";
    }
}

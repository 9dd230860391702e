package com.fieldwork.console.schedule;

import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.IncrementalConflictChecker;

import java.util.Objects;

/**
 * What the engine needs to check a move: the rules with the technicians in view, and their plan.
 * The plan is mutable and belongs to the FX thread once handed over (the checks are microseconds).
 */
public record DispatchContext(ConflictRules rules, DispatchPlan plan) {

    public DispatchContext {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(plan, "plan");
    }

    /** The board's own checker: the rules live once, in core. */
    public IncrementalConflictChecker checker() {
        return new IncrementalConflictChecker(rules, plan);
    }
}

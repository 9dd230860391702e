package com.fieldwork.core.dispatch.plan;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;

import java.util.List;

/**
 * A planner's answer: where each job goes, and which it could not place. Nothing is committed; the
 * dispatcher reviews its {@link PlanDiff} against the current plan first.
 */
public record PlanProposal(List<Appointment> appointments, List<DispatchJob> unassigned) {

    public PlanProposal {
        appointments = List.copyOf(appointments);
        unassigned = List.copyOf(unassigned);
    }
}

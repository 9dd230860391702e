package com.fieldwork.core.dispatch.optimize;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.FullRescanConflictChecker;
import com.fieldwork.core.dispatch.conflict.VisitRef;
import com.fieldwork.core.dispatch.plan.PlanProposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The last word before a proposal leaves the optimizer: each technician's appointments are rechecked by
 * the board's own conflict rules, and a movable visit in a hard conflict is taken off the plan (listed as
 * unassigned) until none is left. The solver's model is built to agree with the rules, so this should
 * remove nothing; it is here so that a disagreement costs a visit, never a broken plan. Conflicts
 * between pinned visits alone are the dispatcher's and stay.
 */
final class HardRuleGuard {

    private HardRuleGuard() {
    }

    static PlanProposal enforce(ConflictRules rules, PlanProposal proposal) {
        List<DispatchJob> unassigned = new ArrayList<>(proposal.unassigned());
        List<Appointment> kept = new ArrayList<>();
        Map<Long, List<Appointment>> byTechnician = proposal.appointments().stream()
                .collect(Collectors.groupingBy(Appointment::technicianId));
        for (List<Appointment> mine : byTechnician.values()) {
            List<Appointment> day = new ArrayList<>(mine);
            Optional<Appointment> culprit;
            while ((culprit = culprit(rules, day)).isPresent()) {
                day.remove(culprit.get());
                unassigned.add(culprit.get().job());
            }
            kept.addAll(day);
        }
        kept.sort(Comparator.comparingLong(Appointment::technicianId).thenComparing(Appointment.BY_START));
        return new PlanProposal(kept, unassigned);
    }

    /** The latest movable visit named by a hard conflict, if any. */
    private static Optional<Appointment> culprit(ConflictRules rules, List<Appointment> appointments) {
        Map<Long, Appointment> byVisit = appointments.stream()
                .collect(Collectors.toMap(Appointment::visitId, a -> a));
        return new FullRescanConflictChecker(rules, new DispatchPlan(appointments)).scan(appointments).stream()
                .filter(Conflict::hard)
                .flatMap(c -> c.visits().stream())
                .map(VisitRef::visitId)
                .map(byVisit::get)
                .filter(a -> a != null && !a.job().pinned())
                .max(Appointment.BY_START);
    }
}

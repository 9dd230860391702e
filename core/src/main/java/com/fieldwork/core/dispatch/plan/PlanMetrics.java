package com.fieldwork.core.dispatch.plan;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.FullRescanConflictChecker;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plan's figures, judged by the same conflict rules as the board (a full rescan: planners cannot mark
 * their own homework). Travel counts each technician's day from their start point through the visits in
 * order and back.
 *
 * @param unassignedWeight the jobs left out, each weighted by its priority ({@link PriorityWeights})
 * @param hardViolations conflicts that make the plan unworkable (overlaps, no time to drive, off hours,
 *                       absences, skills, customer windows, a pinned visit moved)
 * @param slaBreaches    visits predicted to finish after their SLA is due
 */
public record PlanMetrics(int assigned, int unassigned, int unassignedWeight, double travelKm, int hardViolations,
                          int slaBreaches) {

    public static PlanMetrics of(PlanningProblem problem, PlanProposal proposal) {
        var rules = problem.rules();
        DispatchPlan plan = new DispatchPlan(proposal.appointments());
        Set<Conflict> conflicts = new FullRescanConflictChecker(rules, plan).scan(proposal.appointments());
        conflicts.addAll(pinnedMoves(rules, problem, proposal));
        int hard = (int) conflicts.stream().filter(Conflict::hard).count();
        int sla = (int) conflicts.stream().filter(c -> c instanceof Conflict.SlaBreach).count();
        return new PlanMetrics(proposal.appointments().size(), proposal.unassigned().size(),
                weightOf(proposal.unassigned()), travelKm(rules, proposal.appointments()), hard, sla);
    }

    private static List<Conflict> pinnedMoves(ConflictRules rules, PlanningProblem problem, PlanProposal proposal) {
        Map<Long, Appointment> proposed = proposal.appointments().stream()
                .collect(Collectors.toMap(Appointment::visitId, Function.identity()));
        return problem.current().stream().filter(a -> a.job().pinned())
                .flatMap(now -> {
                    Appointment then = proposed.get(now.visitId());
                    // a pinned job dropped from the plan has moved as much as one moved elsewhere
                    return (then == null ? rules.pinned(now, now.movedTo(-1, now.start()))
                            : rules.pinned(now, then)).stream();
                })
                .toList();
    }

    /** Each technician's days: start point, the visits of a day in order, start point again. */
    static double travelKm(ConflictRules rules, List<Appointment> appointments) {
        var travel = rules.travel();
        double km = 0;
        Map<Long, Map<LocalDate, List<Appointment>>> days = appointments.stream()
                .collect(Collectors.groupingBy(Appointment::technicianId, Collectors.groupingBy(
                        a -> a.start().atZone(rules.zone()).toLocalDate())));
        for (var byTechnician : days.entrySet()) {
            var start = rules.technician(byTechnician.getKey()).startPoint();
            for (List<Appointment> day : byTechnician.getValue().values()) {
                var here = start;
                for (Appointment visit : day.stream().sorted(Appointment.BY_START).toList()) {
                    km += travel.roadKm(here, visit.job().location());
                    here = visit.job().location();
                }
                km += travel.roadKm(here, start);
            }
        }
        return km;
    }

    /** The priority-weighted count of these jobs. */
    public static int weightOf(List<DispatchJob> jobs) {
        return jobs.stream().mapToInt(job -> PriorityWeights.of(job.priority())).sum();
    }

    /**
     * Lower is better: hard violations first, then jobs left unassigned weighted by priority (the optimizer's
     * medium level), then SLA breaches, then travel.
     */
    public static final Comparator<PlanMetrics> BETTER_FIRST = Comparator.comparingInt(PlanMetrics::hardViolations)
            .thenComparingInt(PlanMetrics::unassignedWeight).thenComparingInt(PlanMetrics::slaBreaches)
            .thenComparingDouble(PlanMetrics::travelKm);
}

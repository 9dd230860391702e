package com.fieldwork.core.dispatch.optimize;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.NeededSkill;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.plan.PlanMetrics;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.dispatch.plan.PriorityWeights;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.WorkingHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A planning problem of the field as the solver's routing problem, and the solver's answer back as
 * appointments. One vehicle per technician per working day of the horizon, leaving the technician's start
 * point at the start of the working hours; breaks and absences are blocked intervals; skills and
 * certificates (valid that day) decide which vehicles a job may ride; the customer window is the start
 * window; the SLA resolution time is the soft due time. Times are epoch seconds. Pinned visits keep their
 * technician and start (a pinned visit outside the horizon or on a day off gets a vehicle of its own that
 * takes nothing else). Parts are not modelled: a missing part is a soft conflict the board reports.
 */
final class FieldRoutingModel {

    /** Soft costs in km of driving: a breach costs 10 km, each minute late half a km. */
    static final RoutingProblem.LatenessCost SLA_COST = new RoutingProblem.LatenessCost(10, 0.5 / 60);
    /** Per second² of work per technician-day: 8 h weighs about 8 km, so load spreads when driving allows. */
    static final double FAIRNESS = 1e-8;

    final PlanningProblem problem;
    final RoutingProblem routing;
    private final List<DispatchJob> jobs;
    private final List<Long> vehicleTechnician = new ArrayList<>();
    private final Map<Long, Appointment> pinnedNow = new HashMap<>();

    private FieldRoutingModel(PlanningProblem problem) {
        this.problem = problem;
        this.jobs = problem.jobs();
        ConflictRules rules = problem.rules();
        List<GeoPoint> places = new ArrayList<>();
        jobs.forEach(j -> places.add(j.location()));
        Map<Long, Integer> technicianNode = new HashMap<>();
        for (DispatchTechnician t : problem.technicians()) {
            technicianNode.put(t.id(), places.size());
            places.add(t.startPoint());
        }
        FieldTravel travel = new FieldTravel(places, problem.travel(), problem.firstDay(), problem.lastDay(),
                problem.zone());
        RoutingProblem.Builder b = RoutingProblem.builder(travel).lateness(SLA_COST).fairness(FAIRNESS);
        List<LocalDate> vehicleDay = new ArrayList<>();
        Map<String, Integer> vehicleOf = new HashMap<>();
        for (DispatchTechnician t : problem.technicians()) {
            for (LocalDate d = problem.firstDay(); !d.isAfter(problem.lastDay()); d = d.plusDays(1)) {
                Optional<WorkingHours> hours = t.profile().hoursOn(d.getDayOfWeek());
                if (hours.isPresent()) {
                    vehicleOf.put(t.id() + "@" + d, b.vehicle(vehicle(rules, t, d, hours.get(), technicianNode.get(t.id()))));
                    vehicleTechnician.add(t.id());
                    vehicleDay.add(d);
                }
            }
        }
        int horizonVehicles = vehicleTechnician.size();
        Map<Long, Appointment> current = new HashMap<>();
        problem.current().forEach(a -> current.put(a.visitId(), a));
        for (int index = 0; index < jobs.size(); index++) {
            DispatchJob job = jobs.get(index);
            RoutingProblem.Job j = new RoutingProblem.Job(index, job.duration().getSeconds()).weight(weight(job));
            if (job.slaDue().isPresent()) {
                j.due(job.slaDue().get().resolutionDue().getEpochSecond());
            }
            if (job.customerWindow().isPresent()) {
                TimeSlot w = job.customerWindow().get();
                j.window(ceilSeconds(w.start()), w.end().getEpochSecond());
            }
            if (job.pinned()) {
                Appointment now = current.get(job.visitId());
                pinnedNow.put(job.visitId(), now);
                LocalDate day = now.start().atZone(problem.zone()).toLocalDate();
                Integer v = vehicleOf.get(now.technicianId() + "@" + day);
                if (v == null) {
                    DispatchTechnician t = rules.technician(now.technicianId());
                    int node = technicianNode.get(t.id());
                    v = b.vehicle(new RoutingProblem.Vehicle(node, node, now.start().getEpochSecond() - 86_400,
                            now.end().getEpochSecond() + 86_400));
                    vehicleOf.put(now.technicianId() + "@" + day, v);
                    vehicleTechnician.add(t.id());
                    vehicleDay.add(day);
                }
                j.pinned(v, now.start().getEpochSecond());
            } else {
                j.compatibleWith(compatible(job, horizonVehicles, vehicleDay, rules));
            }
            b.job(j);
        }
        this.routing = b.build();
    }

    static FieldRoutingModel of(PlanningProblem problem) {
        return new FieldRoutingModel(problem);
    }

    private static RoutingProblem.Vehicle vehicle(ConflictRules rules, DispatchTechnician t, LocalDate day,
                                                  WorkingHours hours, int node) {
        TimeSlot shift = rules.shift(hours, day);
        RoutingProblem.Vehicle v = new RoutingProblem.Vehicle(node, node, ceilSeconds(shift.start()),
                shift.end().getEpochSecond());
        if (hours.breakStart().isPresent() && hours.breakMinutes() > 0) {
            Instant from = day.atTime(hours.breakStart().get()).atZone(rules.zone()).toInstant();
            v.blocked(from.getEpochSecond(), ceilSeconds(from.plus(Duration.ofMinutes(hours.breakMinutes()))));
        }
        for (Absence a : t.absencesDuring(shift)) {
            v.blocked(a.period().start().getEpochSecond(), ceilSeconds(a.period().end()));
        }
        return v;
    }

    private BitSet compatible(DispatchJob job, int horizonVehicles, List<LocalDate> vehicleDay, ConflictRules rules) {
        BitSet ok = new BitSet(horizonVehicles);
        for (int v = 0; v < horizonVehicles; v++) {
            DispatchTechnician t = rules.technician(vehicleTechnician.get(v));
            LocalDate day = vehicleDay.get(v);
            boolean qualified = true;
            for (NeededSkill s : job.skills()) {
                qualified &= t.qualifiedFor(s, day);
            }
            if (qualified && job.customerWindow().map(w -> touchesDay(w, day)).orElse(true)) {
                ok.set(v);
            }
        }
        return ok;
    }

    private boolean touchesDay(TimeSlot window, LocalDate day) {
        Instant from = day.atStartOfDay(problem.zone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(problem.zone()).toInstant();
        return !window.end().isBefore(from) && window.start().isBefore(to);
    }

    private static double weight(DispatchJob job) {
        return PriorityWeights.of(job.priority());
    }

    private static long ceilSeconds(Instant at) {
        return at.getNano() == 0 ? at.getEpochSecond() : at.getEpochSecond() + 1;
    }

    /** The solver's routes as appointments; pinned visits exactly as they were. */
    PlanProposal toProposal(RoutingSolution solution) {
        List<Appointment> placed = new ArrayList<>();
        for (int v = 0; v < solution.routes().size(); v++) {
            int[] route = solution.routes().get(v);
            double[] starts = solution.starts().get(v);
            for (int i = 0; i < route.length; i++) {
                DispatchJob job = jobs.get(route[i]);
                Appointment pinned = pinnedNow.get(job.visitId());
                placed.add(pinned != null ? pinned
                        : Appointment.of(job, vehicleTechnician.get(v), Instant.ofEpochSecond((long) starts[i])));
            }
        }
        List<DispatchJob> left = new ArrayList<>();
        for (int j : solution.unassigned()) {
            left.add(jobs.get(j));
        }
        return new PlanProposal(placed, left);
    }

    /** The priority-weighted count of the jobs a solution leaves out, as {@link PlanMetrics} counts them. */
    int unassignedWeight(RoutingSolution solution) {
        int weight = 0;
        for (int j : solution.unassigned()) {
            weight += PriorityWeights.of(jobs.get(j).priority());
        }
        return weight;
    }
}

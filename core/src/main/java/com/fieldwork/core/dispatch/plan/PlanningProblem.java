package com.fieldwork.core.dispatch.plan;

import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.travel.TravelTimes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a planner is asked: these technicians, these jobs, over these days (company zone), starting from
 * the current plan. A job in {@code current} is placed today and may be moved unless it is pinned; a job
 * not in {@code current} is unassigned. Every planner (greedy, optimizer, exhaustive) answers the same
 * question, so their answers can be compared by {@link PlanMetrics}.
 */
public record PlanningProblem(List<DispatchTechnician> technicians, List<DispatchJob> jobs, List<Appointment> current,
                              LocalDate firstDay, LocalDate lastDay, ZoneId zone, TravelTimes travel) {

    public PlanningProblem {
        technicians = List.copyOf(technicians);
        jobs = List.copyOf(jobs);
        current = List.copyOf(current);
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(travel, "travel");
        if (lastDay.isBefore(firstDay)) {
            throw new ValidationException("lastDay", "The planning horizon ends (" + lastDay + ") before it starts ("
                    + firstDay + ")");
        }
        Set<Long> visits = new HashSet<>();
        for (DispatchJob job : jobs) {
            if (!visits.add(job.visitId())) {
                throw new ValidationException("jobs", "Visit #" + job.visitId() + " is listed twice");
            }
        }
        Set<Long> technicianIds = technicians.stream().map(DispatchTechnician::id).collect(Collectors.toSet());
        Set<Long> placed = new HashSet<>();
        for (Appointment appointment : current) {
            if (!visits.contains(appointment.visitId())) {
                throw new ValidationException("current", "Visit #" + appointment.visitId()
                        + " is planned but not among the jobs");
            }
            if (!technicianIds.contains(appointment.technicianId())) {
                throw new ValidationException("current", "Visit #" + appointment.visitId()
                        + " is planned for technician #" + appointment.technicianId() + ", who is not in the problem");
            }
            if (!placed.add(appointment.visitId())) {
                throw new ValidationException("current", "Visit #" + appointment.visitId() + " is planned twice");
            }
        }
        for (DispatchJob job : jobs) {
            if (job.pinned() && !placed.contains(job.visitId())) {
                throw new ValidationException("jobs", job.number() + " is pinned but has no place in the current plan");
            }
        }
    }

    /** The rules every plan of this problem is judged by. */
    public ConflictRules rules() {
        return new ConflictRules(technicians, travel, zone);
    }

    public List<DispatchJob> unassigned() {
        Set<Long> placed = current.stream().map(Appointment::visitId).collect(Collectors.toSet());
        return jobs.stream().filter(job -> !placed.contains(job.visitId())).toList();
    }
}

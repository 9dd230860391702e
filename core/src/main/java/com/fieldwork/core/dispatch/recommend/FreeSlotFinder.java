package com.fieldwork.core.dispatch.recommend;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.TechnicianTimeline;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.IncrementalConflictChecker;
import com.fieldwork.core.dispatch.plan.RouteTiming;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.WorkingHours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The earliest place in a technician's day where a job fits with no hard conflict. Only starts where
 * something ends can be the earliest (the shift start plus the drive from the start point, each visit's
 * end plus the drive from it, the end of the break or of an absence, the customer window's start), so
 * those are tried in order (rounded up to the minute), each with the incremental checker.
 *
 * <p>That holds while leaving later never arrives earlier. With rush hours a drive can get shorter by
 * leaving later (the rush ends), so a fit a little later in the same gap can be missed and the job is
 * placed after the next visit instead: still without conflict, just not the earliest. A test holds the
 * finder to a minute-by-minute search with constant speeds.
 *
 * <p>In a day that already has overlapping visits the finder is stricter than the conflict rules: it never
 * starts a job before the drive from the end of any earlier visit, where the rules check the drive from
 * the visit before in start order only (a visit overlapped by a longer one may end earlier).
 */
public final class FreeSlotFinder {

    /** Where the job would go, and where the technician comes from and goes next that day. */
    public record Placement(Appointment appointment, GeoPoint comesFrom, Optional<Appointment> next,
                     List<Conflict> softConflicts) {
    }

    private final ConflictRules rules;
    private final DispatchPlan plan;
    private final IncrementalConflictChecker checker;

    public FreeSlotFinder(ConflictRules rules, DispatchPlan plan) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.checker = new IncrementalConflictChecker(rules, plan);
    }

    public Optional<Placement> earliest(DispatchJob job, DispatchTechnician technician, WorkingHours hours, LocalDate day,
                                 Instant notBefore) {
        TimeSlot shift = rules.shift(hours, day);
        Instant shiftStart = shift.start();
        Instant shiftEnd = shift.end();
        Instant from = notBefore.isAfter(shiftStart) ? notBefore : shiftStart;
        Instant firstArrival = from.plus(rules.travel().drive(technician.startPoint(), job.location(), from));
        Instant dayStart = day.atStartOfDay(rules.zone()).toInstant();
        TechnicianTimeline timeline = plan.timeline(technician.id());

        TreeSet<Instant> starts = new TreeSet<>();
        starts.add(firstArrival);
        for (Appointment visit : timeline.startingBetween(dayStart, shiftEnd)) {
            if (visit.visitId() != job.visitId()) {
                starts.add(visit.end().plus(rules.travel().drive(visit.job().location(), job.location(), visit.end())));
            }
        }
        hours.breakStart().ifPresent(b -> starts.add(day.atTime(b.plusMinutes(hours.breakMinutes()))
                .atZone(rules.zone()).toInstant()));
        for (Absence absence : technician.absencesDuring(shift)) {
            starts.add(absence.period().end());
        }
        job.customerWindow().ifPresent(w -> starts.add(w.start()));

        for (Instant exact : starts) {
            Instant start = RouteTiming.wholeMinute(exact);
            if (start.isBefore(from)) {
                continue;
            }
            if (start.plus(job.duration()).isAfter(shiftEnd)) {
                break;
            }
            Appointment candidate = new Appointment(job, technician.id(), TimeSlot.of(start, job.duration()));
            Optional<Appointment> previous = timeline.before(candidate, job.visitId())
                    .filter(p -> !p.start().isBefore(dayStart));
            if (previous.isEmpty() && start.isBefore(firstArrival)) {
                continue;
            }
            List<Conflict> conflicts = checker.checkPlacement(candidate);
            if (conflicts.stream().noneMatch(Conflict::hard)) {
                GeoPoint comesFrom = previous.map(p -> p.job().location()).orElse(technician.startPoint());
                Optional<Appointment> next = timeline.after(candidate, job.visitId())
                        .filter(n -> n.start().isBefore(shiftEnd));
                return Optional.of(new Placement(candidate, comesFrom, next, new ArrayList<>(conflicts)));
            }
        }
        return Optional.empty();
    }
}

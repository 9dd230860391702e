package com.fieldwork.core.dispatch.conflict;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.PartsReadiness;
import com.fieldwork.core.dispatch.NeededSkill;
import com.fieldwork.core.dispatch.travel.TravelTimes;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every conflict rule, in one place. Both checkers ({@link IncrementalConflictChecker} and
 * {@link FullRescanConflictChecker}) call these; they differ only in which visits and pairs they look at.
 *
 * <p>Boundaries, decided: visits are half-open, so back-to-back visits do not overlap and a visit ending
 * exactly when the working day ends is inside it. A certificate is valid through its last day (as
 * {@link TechnicianSkill#isValidOn} says): a visit on the expiry day is fine, the day after is not. The
 * customer's window is an arrival window: the visit must start inside it, its end included. Parts are checked per visit
 * against the van and the job's reservations; several visits drawing on the same van stock are not
 * netted against each other.
 */
public final class ConflictRules {

    private final Map<Long, DispatchTechnician> technicians;
    private final TravelTimes travel;
    private final ZoneId zone;

    public ConflictRules(Collection<DispatchTechnician> technicians, TravelTimes travel, ZoneId zone) {
        this.technicians = technicians.stream()
                .collect(Collectors.toUnmodifiableMap(DispatchTechnician::id, Function.identity()));
        this.travel = Objects.requireNonNull(travel, "travel");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    public TravelTimes travel() {
        return travel;
    }

    public DispatchTechnician technician(long id) {
        DispatchTechnician technician = technicians.get(id);
        if (technician == null) {
            throw new ValidationException("technicianId", "Technician #" + id + " is not part of this plan");
        }
        return technician;
    }

    /** The working hours of {@code day} as instants, read in the company's zone. */
    public TimeSlot shift(WorkingHours hours, LocalDate day) {
        return new TimeSlot(day.atTime(hours.start()).atZone(zone).toInstant(),
                day.atTime(hours.end()).atZone(zone).toInstant());
    }

    /** The conflicts a visit has on its own, whatever else the technician does that day. */
    public void checkAlone(Appointment visit, List<Conflict> out) {
        DispatchTechnician technician = technician(visit.technicianId());
        VisitRef ref = VisitRef.of(visit);
        ZonedDateTime start = visit.start().atZone(zone);
        LocalDate day = start.toLocalDate();
        workingHours(technician, visit, ref, start, out);
        for (Absence absence : technician.absencesDuring(visit.slot())) {
            out.add(new Conflict.DuringAbsence(ref, absence.kind(), absence.period()));
        }
        for (NeededSkill needed : visit.job().skills()) {
            skill(technician, needed, ref, day, out);
        }
        if (!visit.job().parts().isEmpty()) {
            for (PartsReadiness.Line line : PartsReadiness.of(visit.job(), Optional.of(technician)).lines()) {
                if (line.state() == PartsReadiness.State.MISSING) {
                    out.add(new Conflict.MissingParts(ref, line.partId(), line.label(), line.needed(), line.inVan(),
                            line.reserved()));
                }
            }
        }
        visit.job().slaDue().ifPresent(due -> {
            if (visit.end().isAfter(due.resolutionDue())) {
                out.add(new Conflict.SlaBreach(ref, due.resolutionDue(),
                        Duration.between(due.resolutionDue(), visit.end())));
            }
        });
        visit.job().customerWindow().ifPresent(window -> {
            if (visit.start().isBefore(window.start()) || visit.start().isAfter(window.end())) {
                out.add(new Conflict.CustomerWindowMissed(ref, window));
            }
        });
    }

    /** Two visits of one technician sharing any instant; {@code earlier} comes first in driving order. */
    public Optional<Conflict> overlap(Appointment earlier, Appointment later) {
        if (!earlier.slot().overlaps(later.slot())) {
            return Optional.empty();
        }
        Instant end = earlier.end().isBefore(later.end()) ? earlier.end() : later.end();
        return Optional.of(new Conflict.Overlap(VisitRef.of(earlier), VisitRef.of(later),
                Duration.between(later.start(), end)));
    }

    /**
     * Consecutive visits that do not overlap but leave less time than the drive. (Overlapping ones are
     * reported as an overlap only: one fault, one conflict.)
     */
    public Optional<Conflict> travelGap(Appointment previous, Appointment next) {
        if (next.start().isBefore(previous.end())) {
            return Optional.empty();
        }
        Duration gap = Duration.between(previous.end(), next.start());
        Duration needed = travel.drive(previous.job().location(), next.job().location(), previous.end());
        if (needed.compareTo(gap) <= 0) {
            return Optional.empty();
        }
        double km = travel.roadKm(previous.job().location(), next.job().location());
        return Optional.of(new Conflict.NotEnoughTravelTime(VisitRef.of(previous), VisitRef.of(next), km, needed, gap));
    }

    /** A move of a pinned visit is itself a conflict, whatever the new place looks like. */
    public Optional<Conflict> pinned(Appointment from, Appointment to) {
        boolean moved = from.technicianId() != to.technicianId() || !from.slot().equals(to.slot());
        return moved && from.job().pinned() ? Optional.of(new Conflict.PinnedVisitMoved(VisitRef.of(from)))
                : Optional.empty();
    }

    private void workingHours(DispatchTechnician technician, Appointment visit, VisitRef ref, ZonedDateTime start,
                              List<Conflict> out) {
        LocalDate day = start.toLocalDate();
        Optional<WorkingHours> hours = technician.profile().hoursOn(day.getDayOfWeek());
        if (hours.isEmpty()) {
            out.add(new Conflict.OutsideWorkingHours(ref, day, Optional.empty(), Optional.empty()));
            return;
        }
        WorkingHours h = hours.get();
        TimeSlot shift = shift(h, day);
        if (!shift.contains(visit.slot())) {
            out.add(new Conflict.OutsideWorkingHours(ref, day, Optional.of(h.start()), Optional.of(h.end())));
        }
        if (h.breakStart().isPresent() && h.breakMinutes() > 0) {
            Instant breakStart = day.atTime(h.breakStart().get()).atZone(zone).toInstant();
            TimeSlot pause = TimeSlot.of(breakStart, Duration.ofMinutes(h.breakMinutes()));
            if (pause.overlaps(visit.slot())) {
                out.add(new Conflict.DuringBreak(ref, h.breakStart().get(),
                        h.breakStart().get().plusMinutes(h.breakMinutes())));
            }
        }
    }

    private static void skill(DispatchTechnician technician, NeededSkill needed, VisitRef ref, LocalDate day,
                              List<Conflict> out) {
        Optional<TechnicianSkill> held = technician.skill(needed.skill().id());
        if (held.isEmpty() || held.get().level() < needed.minLevel()) {
            out.add(new Conflict.MissingSkill(ref, needed.skill(), needed.minLevel(),
                    held.map(s -> OptionalInt.of(s.level())).orElse(OptionalInt.empty())));
        } else if (!held.get().isValidOn(day)) {
            out.add(new Conflict.ExpiredCertification(ref, needed.skill(), held.get().certifiedUntil().orElseThrow(),
                    day));
        }
    }
}

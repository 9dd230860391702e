package com.fieldwork.core.dispatch.conflict;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.TechnicianTimeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks only what a change can affect: the moved visit itself, the visits overlapping its new slot,
 * its new neighbours and the old neighbours it leaves behind, found through the technician's sorted
 * timeline. Agrees with {@link FullRescanConflictChecker} (a property test holds it to that).
 */
public final class IncrementalConflictChecker implements ConflictChecker {

    private final ConflictRules rules;
    private final DispatchPlan plan;

    public IncrementalConflictChecker(ConflictRules rules, DispatchPlan plan) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    @Override
    public List<Conflict> checkMove(Move move) {
        Appointment from = plan.get(move.visitId());
        Appointment to = from.movedTo(move.technicianId(), move.start());
        List<Conflict> out = new ArrayList<>();
        rules.pinned(from, to).ifPresent(out::add);
        Neighbours around = checkAt(to, out);
        leftBehind(from, around.previous(), around.next()).ifPresent(out::add);
        return out;
    }

    /**
     * The conflicts of putting a visit somewhere: a move when the visit is on the board, else the
     * insertion of a new one (a recommendation's or an emergency's candidate place).
     */
    public List<Conflict> checkPlacement(Appointment placement) {
        if (plan.find(placement.visitId()).isPresent()) {
            return checkMove(new Move(placement.visitId(), placement.technicianId(), placement.start()));
        }
        List<Conflict> out = new ArrayList<>();
        checkAt(placement, out);
        return out;
    }

    private record Neighbours(Optional<Appointment> previous, Optional<Appointment> next) {
    }

    /** The visit's own conflicts at its place, overlaps there and the drives from and to its new neighbours. */
    private Neighbours checkAt(Appointment to, List<Conflict> out) {
        rules.checkAlone(to, out);
        TechnicianTimeline target = plan.timeline(to.technicianId());
        overlaps(target, to, out);
        Optional<Appointment> newPrevious = target.before(to, to.visitId());
        Optional<Appointment> newNext = target.after(to, to.visitId());
        newPrevious.flatMap(p -> rules.travelGap(p, to)).ifPresent(out::add);
        newNext.flatMap(n -> rules.travelGap(to, n)).ifPresent(out::add);
        return new Neighbours(newPrevious, newNext);
    }

    /** The visits either side of the old place become consecutive unless the visit stays between them. */
    private Optional<Conflict> leftBehind(Appointment from, Optional<Appointment> newPrevious,
                                          Optional<Appointment> newNext) {
        TechnicianTimeline source = plan.timeline(from.technicianId());
        Optional<Appointment> oldPrevious = source.before(from, from.visitId());
        Optional<Appointment> oldNext = source.after(from, from.visitId());
        if (oldPrevious.isEmpty() || oldNext.isEmpty()) {
            return Optional.empty();
        }
        if (sameVisit(oldPrevious, newPrevious) && sameVisit(oldNext, newNext)) {
            return Optional.empty();
        }
        return rules.travelGap(oldPrevious.get(), oldNext.get());
    }

    /** Overlaps of {@code visit} with the others in the timeline, each reported from the earlier visit. */
    private void overlaps(TechnicianTimeline timeline, Appointment visit, Collection<Conflict> out) {
        for (Appointment other : timeline.overlapping(visit.slot(), visit.visitId())) {
            boolean otherFirst = Appointment.BY_START.compare(other, visit) < 0;
            rules.overlap(otherFirst ? other : visit, otherFirst ? visit : other).ifPresent(out::add);
        }
    }

    private static boolean sameVisit(Optional<Appointment> a, Optional<Appointment> b) {
        return a.isPresent() && b.isPresent() && a.get().visitId() == b.get().visitId();
    }

    @Override
    public List<Conflict> checkDay(long technicianId, LocalDate day) {
        rules.technician(technicianId);
        Instant dayStart = day.atStartOfDay(rules.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(rules.zone()).toInstant();
        TechnicianTimeline timeline = plan.timeline(technicianId);
        Set<Conflict> out = new LinkedHashSet<>();
        List<Conflict> alone = new ArrayList<>();
        for (Appointment visit : timeline.startingBetween(dayStart, dayEnd)) {
            rules.checkAlone(visit, alone);
            overlaps(timeline, visit, out);
            timeline.before(visit, visit.visitId()).flatMap(p -> rules.travelGap(p, visit)).ifPresent(out::add);
            timeline.after(visit, visit.visitId()).flatMap(n -> rules.travelGap(visit, n)).ifPresent(out::add);
        }
        List<Conflict> result = new ArrayList<>(alone);
        result.addAll(out);
        return result;
    }
}

package com.fieldwork.console.schedule;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.field.TechnicianPosition;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Schedule data in memory: what a view-model test sets up, and what it asks for and saves. */
public final class FakeScheduleSource implements ScheduleSource {

    public final List<TechnicianSummary> technicians = new ArrayList<>();
    public final Map<Long, ScheduledVisit> visits = new LinkedHashMap<>();
    public final List<TechnicianPosition> positions = new ArrayList<>();
    public DispatchContext context = new DispatchContext(DispatchWorld.rules(List.of()), new DispatchPlan(List.of()));
    public final List<String> saves = new ArrayList<>();
    public final List<Long> visitReads = new ArrayList<>();
    public int fullReads;
    public boolean staleOnSave;

    @Override
    public ZoneId zone() {
        return DispatchWorld.ZONE;
    }

    @Override
    public List<TechnicianSummary> technicians() {
        return List.copyOf(technicians);
    }

    @Override
    public List<ScheduledVisit> visits(Collection<Long> technicianIds, TimeSlot range) {
        fullReads++;
        return visits.values().stream()
                .filter(v -> v.technicianId().isPresent() && technicianIds.contains(v.technicianId().getAsLong()))
                .filter(v -> v.planned().map(range::overlaps).orElse(false)).toList();
    }

    @Override
    public Optional<ScheduledVisit> visit(long visitId) {
        visitReads.add(visitId);
        return Optional.ofNullable(visits.get(visitId));
    }

    @Override
    public List<TechnicianPosition> positions(Instant since) {
        return positions.stream().filter(p -> !p.recordedAt().isBefore(since)).toList();
    }

    @Override
    public DispatchContext dispatchContext(Collection<Long> technicianIds, TimeSlot range) {
        return context;
    }

    @Override
    public ScheduledVisit reschedule(ScheduledVisit visit, long technicianId, TimeSlot slot, Actor actor, String reason) {
        if (staleOnSave) {
            throw new ConcurrentModificationException("visit", visit.visitId(), visit.version(), visit.version() + 1,
                    "Priya Raman", Instant.parse("2026-12-01T15:02:00Z"));
        }
        saves.add(visit.number() + " " + slot.start() + " by " + actor.username() + ": " + reason);
        ScheduledVisit saved = new ScheduledVisit(visit.visitId(), visit.version() + 1, visit.workOrderId(),
                visit.number(), visit.summary(), visit.siteName(), visit.location(), visit.status(), visit.priority(),
                OptionalLong.of(technicianId), Optional.of(slot), visit.pinned());
        visits.put(saved.visitId(), saved);
        return saved;
    }

    public TechnicianSummary technician(long id, String name) {
        TechnicianSummary t = new TechnicianSummary(id, name, 1, "Denver Central", DispatchWorld.DOWNTOWN);
        technicians.add(t);
        return t;
    }

    /** A visit of WO-2026-000&lt;visitId&gt; (DispatchWorld's numbering) for the technician. */
    public ScheduledVisit visit(long visitId, long technicianId, Instant start, int minutes, WorkOrderStatus status,
                                Priority priority, GeoPoint at) {
        ScheduledVisit v = new ScheduledVisit(visitId, 3, 1000 + visitId, String.format("WO-2026-%06d", visitId),
                "Job " + visitId, "Site " + visitId, at, status, priority, OptionalLong.of(technicianId),
                Optional.of(TimeSlot.of(start, java.time.Duration.ofMinutes(minutes))), false);
        visits.put(visitId, v);
        return v;
    }

    public void ping(long technicianId, Instant at, GeoPoint where) {
        positions.add(new TechnicianPosition(technicianId, at, where, OptionalDouble.of(8)));
    }
}

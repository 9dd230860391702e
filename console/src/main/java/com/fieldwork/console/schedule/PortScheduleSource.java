package com.fieldwork.console.schedule;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.field.TechnicianPosition;
import com.fieldwork.core.fieldjob.VisitSummary;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitPlan;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.workorder.WorkOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link ScheduleSource} over core's ports: a visit is read with its work order and site. Reads are per
 * technician and per visit (the ports have no set-based "day of the company" read yet); a branch's day is
 * a few hundred small queries, fine on the demo company, and the first thing to replace at scale.
 */
public final class PortScheduleSource implements ScheduleSource {

    private final SchedulePorts ports;
    private final DispatchContextLoader contexts;

    public PortScheduleSource(SchedulePorts ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.contexts = new DispatchContextLoader(ports);
    }

    @Override
    public ZoneId zone() {
        return ports.branches().list().stream().findFirst().map(Branch::timeZone).orElse(ZoneId.systemDefault());
    }

    @Override
    public List<TechnicianSummary> technicians() {
        return TechnicianSummary.allActive(ports.branches(), ports.technicians());
    }

    /** One joined read per technician and day (the phones' day query), rather than a read per visit. */
    @Override
    public List<ScheduledVisit> visits(Collection<Long> technicianIds, TimeSlot range) {
        ZoneId zone = zone();
        LocalDate first = range.start().atZone(zone).toLocalDate();
        LocalDate last = range.end().minusNanos(1).atZone(zone).toLocalDate();
        Map<Long, ScheduledVisit> byVisit = new LinkedHashMap<>(); // a visit across midnight is listed on both days
        for (long technicianId : technicianIds) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                for (VisitSummary v : ports.days().visitsOn(technicianId, day, zone)) {
                    byVisit.putIfAbsent(v.visitId(), scheduled(v, technicianId));
                }
            }
        }
        List<ScheduledVisit> out = new ArrayList<>(byVisit.values());
        out.sort(Comparator.comparing((ScheduledVisit v) -> v.planned().map(TimeSlot::start).orElse(Instant.MAX))
                .thenComparingLong(ScheduledVisit::visitId));
        return out;
    }

    /** A locked visit's lock is not in the day read; the calendar's conflict check still refuses moving it. */
    private static ScheduledVisit scheduled(VisitSummary v, long technicianId) {
        return new ScheduledVisit(v.visitId(), v.visitVersion(), v.workOrderId(), v.number().toString(), v.summary(),
                v.siteName(), v.location(), v.workOrderStatus(), v.priority(), OptionalLong.of(technicianId),
                v.planned(), v.visitStatus() == VisitStatus.IN_PROGRESS);
    }

    @Override
    public Optional<ScheduledVisit> visit(long visitId) {
        return ports.visits().find(visitId).flatMap(v -> describe(v, new HashMap<>()));
    }

    @Override
    public List<TechnicianPosition> positions(Instant since) {
        return ports.pings().latestPerTechnician(since);
    }

    @Override
    public DispatchContext dispatchContext(Collection<Long> technicianIds, TimeSlot range) {
        return contexts.load(technicianIds, range, zone());
    }

    @Override
    public ScheduledVisit reschedule(ScheduledVisit visit, long technicianId, TimeSlot slot, Actor actor,
                                     String reason) {
        Visit saved = ports.visits().replan(visit.visitId(), visit.version(),
                new VisitPlan(OptionalLong.of(technicianId), Optional.of(slot), visit.pinned()), actor, reason);
        return describe(saved, new HashMap<>()).orElseThrow(() -> new NotFoundException("visit", visit.visitId()));
    }

    private Optional<ScheduledVisit> describe(Visit visit, Map<Long, Optional<Site>> sites) {
        Optional<WorkOrder> order = ports.workOrders().find(visit.workOrderId());
        if (order.isEmpty()) {
            return Optional.empty();
        }
        WorkOrder wo = order.get();
        Optional<Site> site = sites.computeIfAbsent(wo.siteId(), id -> ports.customers().findSite(id));
        if (site.isEmpty()) {
            return Optional.empty();
        }
        GeoPoint location = site.get().details().location();
        return Optional.of(new ScheduledVisit(visit.id(), visit.version(), wo.id(), wo.number().toString(),
                wo.summary(), site.get().details().name(), location, wo.status(), wo.priority(),
                visit.technicianId(), visit.planned(),
                visit.pinned() || visit.status() == VisitStatus.IN_PROGRESS));
    }
}

package com.fieldwork.console.schedule;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJobs;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.SkillCatalogue;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.travel.GreatCircleTravelTimes;
import com.fieldwork.core.dispatch.travel.TravelSettings;
import com.fieldwork.core.field.TechnicianPosition;
import com.fieldwork.core.inventory.ReservationStatus;
import com.fieldwork.core.inventory.StockLevel;
import com.fieldwork.core.inventory.StockReservation;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.workorder.WorkOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Builds the engine's view (technicians with skills, week, absences, van; jobs with skills, parts and
 * windows) from the stored records, so the calendar checks a move with exactly the board's rules.
 */
final class DispatchContextLoader {

    /** A day either side, so drives from yesterday's last or to tomorrow's first visit are seen. */
    private static final Duration MARGIN = Duration.ofDays(1);

    private final SchedulePorts ports;

    DispatchContextLoader(SchedulePorts ports) {
        this.ports = ports;
    }

    DispatchContext load(Collection<Long> technicianIds, TimeSlot range, ZoneId zone) {
        TimeSlot wide = new TimeSlot(range.start().minus(MARGIN), range.end().plus(MARGIN));
        Map<Long, GeoPoint> positions = ports.pings().latestPerTechnician(range.start().minus(Duration.ofHours(12)))
                .stream().collect(Collectors.toMap(TechnicianPosition::technicianId, TechnicianPosition::position,
                        (a, b) -> b));
        List<DispatchTechnician> technicians = new ArrayList<>();
        for (long id : technicianIds) {
            technicians.add(new DispatchTechnician(ports.technicians().profile(id),
                    ports.technicians().absencesBetween(OptionalLong.of(id), wide),
                    Optional.ofNullable(positions.get(id)), vanStock(id)));
        }
        DispatchJobs jobs = new DispatchJobs(new SkillCatalogue(ports.skills().list()), this::partLabel);
        List<Appointment> appointments = new ArrayList<>();
        for (long id : technicianIds) {
            for (Visit visit : ports.visits().forTechnician(id, wide)) {
                appointment(jobs, visit).ifPresent(appointments::add);
            }
        }
        ConflictRules rules = new ConflictRules(technicians, new GreatCircleTravelTimes(TravelSettings.defaults(zone)),
                zone);
        return new DispatchContext(rules, new DispatchPlan(appointments));
    }

    private Optional<Appointment> appointment(DispatchJobs jobs, Visit visit) {
        if (visit.status() == VisitStatus.CANCELLED || visit.technicianId().isEmpty() || visit.planned().isEmpty()) {
            return Optional.empty();
        }
        Optional<WorkOrder> order = ports.workOrders().find(visit.workOrderId());
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Optional<GeoPoint> location = ports.customers().findSite(order.get().siteId()).map(Site::details)
                .map(d -> d.location());
        try {
            return Optional.of(new Appointment(jobs.from(order.get(), visit, location, reserved(order.get().id())),
                    visit.technicianId().getAsLong(), visit.planned().get()));
        } catch (ValidationException unplannable) {
            return Optional.empty(); // no site position or unknown skill: the board cannot place it either
        }
    }

    private Map<Long, BigDecimal> vanStock(long technicianId) {
        return ports.stockLocations().vanOf(technicianId)
                .map(van -> ports.stock().levelsAt(van.id()).stream()
                        .collect(Collectors.toMap(StockLevel::partId, StockLevel::available, BigDecimal::add)))
                .orElse(Map.of());
    }

    private Map<Long, BigDecimal> reserved(long workOrderId) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (StockReservation r : ports.stock().reservationsFor(workOrderId)) {
            if (r.status() == ReservationStatus.ACTIVE) {
                out.merge(r.partId(), r.quantity(), BigDecimal::add);
            }
        }
        return out;
    }

    private String partLabel(long partId) {
        return ports.parts().find(partId).map(p -> p.details().sku() + " " + p.details().name())
                .orElse("part #" + partId);
    }

}

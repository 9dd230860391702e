package com.fieldwork.db.dispatch;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.DispatchJobs;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.SkillCatalogue;
import com.fieldwork.core.dispatch.board.BoardData;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.dispatch.board.DispatchBoardReads;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.Technician;
import com.fieldwork.core.technician.TechnicianProfile;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.organisation.JooqBranchRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.technician.JooqSkillRepository;
import com.fieldwork.db.technician.JooqTechnicianRepository;
import com.fieldwork.db.technician.TechnicianRows;
import com.fieldwork.db.workorder.WorkOrderReads;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static com.fieldwork.db.jooq.Tables.STOCK_LOCATION;
import static com.fieldwork.db.jooq.Tables.STOCK_RESERVATION;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN_SKILL;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORKING_HOURS;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * The dispatch board's reads, set-based: a whole range for every technician in about fifteen queries
 * whatever the number of technicians and visits (technicians, skills, weeks, absences, van stock, the
 * scheduled visits, their work orders with skills and parts, sites and reservations, then the same for the
 * queue). Each work order's engine job is built by core's {@link DispatchJobs}, so the pinned rule and the
 * part labels are the engine's own.
 */
public final class JooqDispatchBoardReads implements DispatchBoardReads {

    /** The queue shows the most urgent open work orders; beyond this many a dispatcher filters, not scrolls. */
    static final int QUEUE_LIMIT = 2_000;

    private static final List<String> QUEUED_STATUSES = List.of(WorkOrderStatus.PENDING.name(),
            WorkOrderStatus.ASSIGNED.name(), WorkOrderStatus.WAITING_FOR_PARTS.name());
    private static final List<String> LIVE_VISITS = List.of(VisitStatus.PLANNED.name(), VisitStatus.IN_PROGRESS.name());

    private final DSLContext dsl;
    private final TechnicianRows technicianRows;
    private final WorkOrderReads workOrders;
    private final JooqBranchRepository branches;
    private final JooqSkillRepository skills;
    private final JooqTechnicianRepository technicians;

    public JooqDispatchBoardReads(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.technicianRows = new TechnicianRows(dsl);
        this.workOrders = new WorkOrderReads(dsl);
        this.branches = new JooqBranchRepository(dsl, clock);
        this.skills = new JooqSkillRepository(dsl, clock);
        this.technicians = new JooqTechnicianRepository(dsl, clock);
    }

    @Override
    public BoardData load(TimeSlot range) {
        List<Branch> all = branches.list();
        ZoneId zone = all.isEmpty() ? ZoneOffset.UTC : all.get(0).timeZone();
        DispatchJobs jobs = dispatchJobs();
        return new BoardData(range, zone, all, technicians(range),
                scheduled(range, DSL.trueCondition(), jobs), queue(DSL.trueCondition(), jobs));
    }

    @Override
    public List<BoardJob> cards(TimeSlot range, Set<Long> workOrderIds, Set<Long> visitIds) {
        if (workOrderIds.isEmpty() && visitIds.isEmpty()) {
            return List.of();
        }
        Condition affected = WORK_ORDER.ID.in(workOrderIds)
                .or(WORK_ORDER.ID.in(DSL.select(VISIT.WORK_ORDER_ID).from(VISIT).where(VISIT.ID.in(visitIds))));
        DispatchJobs jobs = dispatchJobs();
        List<BoardJob> cards = new ArrayList<>(scheduled(range, affected, jobs));
        cards.addAll(queue(affected, jobs));
        return cards;
    }

    private List<DispatchTechnician> technicians(TimeSlot range) {
        Condition active = TECHNICIAN.ACTIVE.isTrue();
        var activeIds = DSL.select(TECHNICIAN.ID).from(TECHNICIAN).where(active);
        List<Technician> rows = technicianRows.where(active);
        var skillsOf = technicianRows.skillsOf(TECHNICIAN_SKILL.TECHNICIAN_ID.in(activeIds));
        var weeksOf = technicianRows.weeksOf(WORKING_HOURS.TECHNICIAN_ID.in(activeIds));
        Map<Long, List<Absence>> absences = new HashMap<>();
        for (Absence a : technicians.absencesBetween(OptionalLong.empty(), range)) {
            absences.computeIfAbsent(a.technicianId(), id -> new ArrayList<>()).add(a);
        }
        Map<Long, Map<Long, BigDecimal>> vans = vanStock();
        return rows.stream().map(t -> new DispatchTechnician(
                new TechnicianProfile(t, skillsOf.getOrDefault(t.id(), List.of()), weeksOf.getOrDefault(t.id(), List.of())),
                absences.getOrDefault(t.id(), List.of()), Optional.empty(), vans.getOrDefault(t.id(), Map.of())))
                .toList();
    }

    /** Parts in each technician's van, on hand less what is reserved from it, by technician and part. */
    private Map<Long, Map<Long, BigDecimal>> vanStock() {
        Map<Long, Map<Long, BigDecimal>> vans = new HashMap<>();
        dsl.select(STOCK_LOCATION.TECHNICIAN_ID, STOCK_LEVEL.PART_ID, STOCK_LEVEL.ON_HAND)
                .from(STOCK_LEVEL).join(STOCK_LOCATION).on(STOCK_LOCATION.ID.eq(STOCK_LEVEL.LOCATION_ID))
                .where(STOCK_LOCATION.TECHNICIAN_ID.isNotNull())
                .forEach(r -> vans.computeIfAbsent(r.value1(), id -> new HashMap<>()).merge(r.value2(), r.value3(),
                        BigDecimal::add));
        Field<BigDecimal> reserved = DSL.sum(STOCK_RESERVATION.QUANTITY).as("reserved");
        dsl.select(STOCK_LOCATION.TECHNICIAN_ID, STOCK_RESERVATION.PART_ID, reserved)
                .from(STOCK_RESERVATION).join(STOCK_LOCATION).on(STOCK_LOCATION.ID.eq(STOCK_RESERVATION.LOCATION_ID))
                .where(STOCK_LOCATION.TECHNICIAN_ID.isNotNull()).and(STOCK_RESERVATION.STATUS.eq("ACTIVE"))
                .groupBy(STOCK_LOCATION.TECHNICIAN_ID, STOCK_RESERVATION.PART_ID)
                .forEach(r -> vans.computeIfAbsent(r.value1(), id -> new HashMap<>()).merge(r.value2(),
                        r.value3().negate(), BigDecimal::add));
        return vans;
    }

    /** Live visits with a technician and a time overlapping the range, of work orders matching {@code orders}. */
    private List<BoardJob> scheduled(TimeSlot range, Condition orders, DispatchJobs jobs) {
        Condition visits = VISIT.TECHNICIAN_ID.isNotNull()
                .and(VISIT.PLANNED_START.lt(range.end())).and(VISIT.PLANNED_END.gt(range.start()))
                .and(VISIT.STATUS.in(LIVE_VISITS))
                .and(VISIT.WORK_ORDER_ID.in(DSL.select(WORK_ORDER.ID).from(WORK_ORDER).where(orders)));
        List<Visit> rows = dsl.selectFrom(VISIT).where(visits).orderBy(VISIT.PLANNED_START, VISIT.ID)
                .fetch(JooqVisitRepository::toVisit);
        Condition ofVisits = WORK_ORDER.ID.in(DSL.select(VISIT.WORK_ORDER_ID).from(VISIT).where(visits));
        OrderFacts facts = orderFacts(ofVisits);
        return rows.stream().map(v -> facts.card(facts.orders.get(v.workOrderId()), Optional.of(v), jobs)).toList();
    }

    /**
     * Open work orders matching {@code orders} with no live visit that has a technician and a time: by priority,
     * then SLA due. Each keeps its unplanned visit when it has one, so assigning it replans that visit.
     */
    private List<BoardJob> queue(Condition orders, DispatchJobs jobs) {
        Condition scheduled = VISIT.WORK_ORDER_ID.eq(WORK_ORDER.ID).and(VISIT.TECHNICIAN_ID.isNotNull())
                .and(VISIT.PLANNED_START.isNotNull()).and(VISIT.STATUS.in(LIVE_VISITS));
        Field<Integer> urgency = DSL.when(WORK_ORDER.PRIORITY.eq("EMERGENCY"), 0).when(WORK_ORDER.PRIORITY.eq("HIGH"), 1)
                .when(WORK_ORDER.PRIORITY.eq("NORMAL"), 2).otherwise(3);
        List<Long> ids = dsl.select(WORK_ORDER.ID).from(WORK_ORDER)
                .where(orders).and(WORK_ORDER.STATUS.in(QUEUED_STATUSES))
                .andNotExists(DSL.selectOne().from(VISIT).where(scheduled))
                .orderBy(urgency, WORK_ORDER.RESOLUTION_DUE_AT.asc().nullsLast(), WORK_ORDER.ID)
                .limit(QUEUE_LIMIT)
                .fetch(WORK_ORDER.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        OrderFacts facts = orderFacts(WORK_ORDER.ID.in(ids));
        Map<Long, Visit> unplanned = new HashMap<>();
        dsl.selectFrom(VISIT).where(VISIT.WORK_ORDER_ID.in(ids)).and(VISIT.STATUS.eq(VisitStatus.PLANNED.name()))
                .orderBy(VISIT.ID)
                .fetch(JooqVisitRepository::toVisit)
                .forEach(v -> unplanned.putIfAbsent(v.workOrderId(), v));
        return ids.stream().map(id -> facts.card(facts.orders.get(id), Optional.ofNullable(unplanned.get(id)), jobs))
                .toList();
    }

    private record Site(String name, GeoPoint location) {
    }

    /** Work orders with their sites and active reservations, read together for a set of orders. */
    private record OrderFacts(Map<Long, WorkOrder> orders, Map<Long, Site> sites,
                              Map<Long, Map<Long, BigDecimal>> reserved) {

        BoardJob card(WorkOrder order, Optional<Visit> visit, DispatchJobs jobs) {
            Site site = sites.get(order.siteId());
            Visit engineVisit = visit.orElseGet(() -> new Visit(BoardJob.queuedVisitId(order.id()), order.id(),
                    OptionalLong.empty(), VisitStatus.PLANNED, Optional.empty(), Optional.empty(), Optional.empty(),
                    false, 0, order.updated().at()));
            return new BoardJob(order, visit, site.name(), jobs.from(order, engineVisit, Optional.of(site.location()),
                    reserved.getOrDefault(order.id(), Map.of())));
        }
    }

    private OrderFacts orderFacts(Condition orders) {
        Map<Long, WorkOrder> byId = new HashMap<>();
        workOrders.where(orders).forEach(o -> byId.put(o.id(), o));
        Map<Long, Site> sites = new HashMap<>();
        dsl.select(SITE.ID, SITE.NAME, SITE.LAT, SITE.LON).from(SITE)
                .where(SITE.ID.in(DSL.select(WORK_ORDER.SITE_ID).from(WORK_ORDER).where(orders)))
                .forEach(r -> sites.put(r.value1(), new Site(r.value2(), new GeoPoint(r.value3(), r.value4()))));
        Map<Long, Map<Long, BigDecimal>> reserved = new HashMap<>();
        Field<BigDecimal> quantity = DSL.sum(STOCK_RESERVATION.QUANTITY).as("quantity");
        dsl.select(STOCK_RESERVATION.WORK_ORDER_ID, STOCK_RESERVATION.PART_ID, quantity)
                .from(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.STATUS.eq("ACTIVE"))
                .and(STOCK_RESERVATION.WORK_ORDER_ID.in(DSL.select(WORK_ORDER.ID).from(WORK_ORDER).where(orders)))
                .groupBy(STOCK_RESERVATION.WORK_ORDER_ID, STOCK_RESERVATION.PART_ID)
                .forEach(r -> reserved.computeIfAbsent(r.value1(), id -> new HashMap<>()).put(r.value2(), r.value3()));
        return new OrderFacts(byId, sites, reserved);
    }

    private DispatchJobs dispatchJobs() {
        Map<Long, String> labels = new HashMap<>();
        dsl.select(PART.ID, PART.SKU, PART.NAME).from(PART)
                .forEach(r -> labels.put(r.value1(), r.value2() + " " + r.value3()));
        return new DispatchJobs(new SkillCatalogue(skills.list()), id -> labels.getOrDefault(id, "part #" + id));
    }
}

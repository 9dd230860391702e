package com.fieldwork.console.board;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.board.BoardData;
import com.fieldwork.core.dispatch.board.BoardDispatchService;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.dispatch.board.BoardTransactions;
import com.fieldwork.core.dispatch.board.BoardWrites;
import com.fieldwork.core.dispatch.board.DispatchBoardReads;
import com.fieldwork.core.dispatch.generate.FieldInstances;
import com.fieldwork.core.dispatch.plan.PlanningProblem;
import com.fieldwork.core.dispatch.travel.TravelTimes;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitPlan;
import com.fieldwork.core.schedule.VisitRepository;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.sla.SlaPolicies;
import com.fieldwork.core.technician.Technician;
import com.fieldwork.core.technician.TechnicianProfile;
import com.fieldwork.core.technician.WorkingHours;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A generated company for the board's tests, demo and benchmark, held in memory: the engine's generated
 * Denver instance ({@link FieldInstances}) with names, three branches, work orders around its jobs, most jobs
 * laid out on the technicians' days and the rest in the queue. Its reads and writes behave like the real
 * ones: versions checked, a stale write refused naming who changed the visit.
 */
public final class BoardWorld implements DispatchBoardReads {

    public static final ZoneId ZONE = ZoneId.of("America/Denver");
    /** Tuesday 1 December 2026, the generator's first day. */
    public static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    public static final Actor DISPATCHER = new Actor(7, "dispatch", "Tina Alvarez", Role.DISPATCHER);
    public static final Clock CLOCK = Clock.fixed(DAY.atTime(10, 20).atZone(ZONE).toInstant(), ZONE);

    private static final String[] FIRST = {"Ana", "Ben", "Carla", "Dev", "Elena", "Femi", "Grace", "Hiro", "Ines",
            "Jamal", "Kate", "Luis", "Maya", "Nils", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tariq"};
    private static final String[] LAST = {"Alvarez", "Brooks", "Chen", "Dubois", "Evans", "Fischer", "Garcia",
            "Hughes", "Ito", "Jensen", "Kowalski", "Lopez", "Moreau", "Novak", "Okafor", "Patel"};
    private static final Map<String, String[]> SUMMARIES = Map.of(
            "HVAC", new String[]{"No heat, furnace lockout", "AC annual service", "Thermostat replacement"},
            "PLUMB", new String[]{"Water heater leaking", "Drain blocked", "Backflow test"},
            "ELEC", new String[]{"Breaker trips", "Panel inspection", "Outdoor lighting fault"},
            "GAS", new String[]{"Gas smell reported", "Boiler service", "Gas line pressure test"},
            "REFRIG", new String[]{"Walk-in cooler warm", "Ice machine service", "Compressor noise"});

    private final List<Branch> branches;
    private final List<DispatchTechnician> technicians;
    private final TravelTimes travel;
    private final Map<Long, WorkOrder> orders = new LinkedHashMap<>();
    private final Map<Long, Visit> visits = new LinkedHashMap<>();
    private final Map<Long, DispatchJob> jobs = new HashMap<>();
    private final AtomicLong nextVisitId = new AtomicLong(10_000_000);
    private final List<String> audit = new ArrayList<>();
    private int commits;

    private BoardWorld(PlanningProblem problem) {
        this.travel = problem.travel();
        Address address = new Address("1 Main St", "Denver", "80202", "US");
        this.branches = List.of(
                new Branch(1, "DEN", "Denver Central", ZONE, address, problem.technicians().get(0).homeBase(), 1),
                new Branch(2, "BOU", "Boulder", ZONE, address, problem.technicians().get(0).homeBase(), 1),
                new Branch(3, "AUR", "Aurora", ZONE, address, problem.technicians().get(0).homeBase(), 1));
        List<DispatchTechnician> named = new ArrayList<>();
        for (int i = 0; i < problem.technicians().size(); i++) {
            DispatchTechnician t = problem.technicians().get(i);
            Technician o = t.profile().technician();
            String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / FIRST.length) % LAST.length];
            Technician renamed = new Technician(o.id(), o.userId(), 1 + i % 3, o.employeeCode(), name, o.homeBase(),
                    o.hourlyCost(), o.hourlyRate(), true, o.version());
            named.add(new DispatchTechnician(new TechnicianProfile(renamed, t.profile().skills(), t.profile().week()),
                    t.absences(), t.position(), t.vanStock()));
        }
        this.technicians = List.copyOf(named);
    }

    /**
     * @param scheduled how many of the jobs to lay out on the technicians' days (the rest queue up), one after
     *                  the other with a 20-minute drive, skipping breaks; the generator's pinned visits stay
     */
    public static BoardWorld generate(long seed, int technicianCount, int scheduled, int queued, int weekdays) {
        PlanningProblem problem = FieldInstances.generate(seed, scheduled + queued, technicianCount, weekdays);
        BoardWorld world = new BoardWorld(problem);
        world.layOut(problem, scheduled);
        return world;
    }

    private void layOut(PlanningProblem problem, int scheduled) {
        Map<Long, Appointment> pinned = new HashMap<>();
        problem.current().forEach(a -> pinned.put(a.visitId(), a));
        List<DispatchJob> free = problem.jobs().stream().filter(j -> !pinned.containsKey(j.visitId())).toList();
        int placed = 0;
        int index = 0;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = problem.firstDay(); !d.isAfter(problem.lastDay()); d = d.plusDays(1)) {
            days.add(d);
        }
        for (Appointment a : problem.current()) {
            add(a.job(), Optional.of(a), VisitStatus.IN_PROGRESS, WorkOrderStatus.IN_PROGRESS);
            placed++;
        }
        for (LocalDate day : days) {
            for (DispatchTechnician t : technicians) {
                Optional<WorkingHours> hours = t.profile().hoursOn(day.getDayOfWeek());
                if (hours.isEmpty()) {
                    continue;
                }
                Instant cursor = day.atTime(hours.get().start()).atZone(ZONE).toInstant().plus(Duration.ofMinutes(20));
                Instant end = day.atTime(hours.get().end()).atZone(ZONE).toInstant();
                for (Appointment p : problem.current()) {
                    if (p.technicianId() == t.id() && p.end().isAfter(cursor) && !p.start().isAfter(cursor)) {
                        cursor = p.end().plus(Duration.ofMinutes(20));
                    }
                }
                while (placed < scheduled && index < free.size()) {
                    DispatchJob job = free.get(index);
                    Instant finish = cursor.plus(job.duration());
                    if (finish.isAfter(end)) {
                        break;
                    }
                    if (hours.get().breakStart().isPresent()) {
                        Instant breakStart = day.atTime(hours.get().breakStart().get()).atZone(ZONE).toInstant();
                        if (finish.isAfter(breakStart) && cursor.isBefore(breakStart.plusSeconds(
                                hours.get().breakMinutes() * 60L))) {
                            cursor = breakStart.plusSeconds(hours.get().breakMinutes() * 60L);
                            continue;
                        }
                    }
                    add(job, Optional.of(new Appointment(job, t.id(), TimeSlot.of(cursor, job.duration()))),
                            VisitStatus.PLANNED, WorkOrderStatus.ASSIGNED);
                    cursor = finish.plus(Duration.ofMinutes(20));
                    placed++;
                    index++;
                }
            }
        }
        for (; index < free.size(); index++) {
            add(free.get(index), Optional.empty(), VisitStatus.PLANNED, WorkOrderStatus.PENDING);
        }
    }

    private void add(DispatchJob job, Optional<Appointment> at, VisitStatus visitStatus, WorkOrderStatus status) {
        long orderId = job.visitId();
        String trade = job.skills().isEmpty() ? "HVAC" : job.skills().get(0).skill().code();
        String[] summaries = SUMMARIES.getOrDefault(trade, SUMMARIES.get("HVAC"));
        Instant created = CLOCK.instant().minus(Duration.ofDays(2));
        WorkOrder.Stamp stamp = new WorkOrder.Stamp(DISPATCHER.userId(), DISPATCHER.displayName(), created);
        orders.put(orderId, new WorkOrder(orderId, job.number(), 1, orderId, OptionalLong.empty(), 1,
                OptionalLong.empty(), 1, job.priority(), status, summaries[(int) (orderId % summaries.length)],
                Optional.empty(), (int) job.duration().toMinutes(), WorkOrderSource.MANUAL, Optional.empty(),
                job.slaDue(), job.customerWindow(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), 0, stamp, stamp));
        jobs.put(orderId, job);
        at.ifPresent(a -> visits.put(job.visitId(), new Visit(job.visitId(), orderId, OptionalLong.of(a.technicianId()),
                visitStatus, Optional.of(a.slot()), Optional.empty(), Optional.empty(), job.pinned(), 0, created)));
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    @Override
    public synchronized BoardData load(TimeSlot range) {
        List<BoardJob> scheduled = new ArrayList<>();
        List<BoardJob> queue = new ArrayList<>();
        Map<Long, List<Visit>> byOrder = visitsByOrder();
        for (WorkOrder order : orders.values()) {
            cardsOf(order, byOrder.getOrDefault(order.id(), List.of()), range, scheduled, queue);
        }
        return new BoardData(range, ZONE, branches, technicians, scheduled, queue);
    }

    @Override
    public synchronized List<BoardJob> cards(TimeSlot range, Set<Long> workOrderIds, Set<Long> visitIds) {
        List<BoardJob> out = new ArrayList<>();
        Map<Long, List<Visit>> byOrder = visitsByOrder();
        for (WorkOrder order : orders.values()) {
            List<Visit> own = byOrder.getOrDefault(order.id(), List.of());
            if (workOrderIds.contains(order.id()) || own.stream().anyMatch(v -> visitIds.contains(v.id()))) {
                cardsOf(order, own, range, out, out);
            }
        }
        return out;
    }

    /** What an index on visit.work_order_id does for the real reads. */
    private Map<Long, List<Visit>> visitsByOrder() {
        Map<Long, List<Visit>> byOrder = new HashMap<>();
        visits.values().forEach(v -> byOrder.computeIfAbsent(v.workOrderId(), id -> new ArrayList<>()).add(v));
        return byOrder;
    }

    private void cardsOf(WorkOrder order, List<Visit> own, TimeSlot range, List<BoardJob> scheduled,
                         List<BoardJob> queue) {
        DispatchJob base = jobs.get(order.id());
        String site = "Site " + order.siteId() + ", Denver";
        boolean onBoard = false;
        for (Visit v : own) {
            if (v.technicianId().isPresent() && v.planned().isPresent()) {
                onBoard = true;
                if (v.planned().get().overlaps(range)) {
                    scheduled.add(new BoardJob(order, Optional.of(v), site, withVisit(base, v.id())));
                }
            }
        }
        if (!onBoard && order.status() != WorkOrderStatus.COMPLETED) {
            queue.add(new BoardJob(order, Optional.empty(), site, withVisit(base, BoardJob.queuedVisitId(order.id()))));
        }
    }

    private static DispatchJob withVisit(DispatchJob job, long visitId) {
        return new DispatchJob(visitId, job.workOrderId(), job.number(), job.location(), job.duration(), job.skills(),
                job.parts(), job.customerWindow(), job.priority(), job.slaDue(), job.pinned());
    }

    // ---- writes --------------------------------------------------------------------------------------------

    /** The board's writes over this world, each drop or plan all-or-nothing like a database transaction. */
    public BoardDispatchService dispatchService() {
        VisitRepository visitPort = new Visits();
        WorkOrderRepository orderPort = (WorkOrderRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{WorkOrderRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> Optional.ofNullable(orders.get((Long) args[0]));
                    // the service hands over the order it has just read and checked
                    case "changeStatus" -> changeStatus(args[0] instanceof WorkOrder read ? read.id() : (Long) args[0],
                            (Long) args[1], (StatusChange) args[2]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        SlaPolicies none = (priority, customer) -> Optional.empty();
        BoardWrites writes = new BoardWrites(visitPort, new WorkOrderService(orderPort, visitPort, none, CLOCK));
        return new BoardDispatchService(new BoardTransactions() {
            @Override
            public <T> T inTransaction(Function<BoardWrites, T> work) {
                return BoardWorld.this.inTransaction(writes, work);
            }
        });
    }

    /** The world as it was before the work is put back when the work throws: nothing of it stays. */
    private synchronized <T> T inTransaction(BoardWrites writes, Function<BoardWrites, T> work) {
        Map<Long, WorkOrder> ordersBefore = new LinkedHashMap<>(orders);
        Map<Long, Visit> visitsBefore = new LinkedHashMap<>(visits);
        int auditBefore = audit.size();
        long idBefore = nextVisitId.get();
        try {
            T result = work.apply(writes);
            commits++;
            return result;
        } catch (RuntimeException | Error e) {
            orders.clear();
            orders.putAll(ordersBefore);
            visits.clear();
            visits.putAll(visitsBefore);
            audit.subList(auditBefore, audit.size()).clear();
            nextVisitId.set(idBefore);
            throw e;
        }
    }

    private synchronized WorkOrder changeStatus(long id, long expectedVersion, StatusChange change) {
        WorkOrder o = orders.get(id);
        if (o.version() != expectedVersion) {
            throw new ConcurrentModificationException("Work order", o.number(), expectedVersion, o.version(),
                    "Sam Other", CLOCK.instant());
        }
        WorkOrder changed = new WorkOrder(o.id(), o.number(), o.customerId(), o.siteId(), o.assetId(),
                o.serviceTypeId(), o.templateId(), o.branchId(), o.priority(), change.target(), o.summary(),
                o.description(), o.estimatedMinutes(), o.source(), o.externalRef(), o.slaDue(), o.customerWindow(),
                o.respondedAt(), o.completedAt(), o.closedAt(), o.requiredSkills(), o.requiredParts(), o.version() + 1,
                o.created(), o.updated());
        orders.put(id, changed);
        return changed;
    }

    /** Another dispatcher moves a visit: its version moves on, so a card read before is stale. */
    public synchronized Visit changedElsewhere(long visitId, long technicianId, TimeSlot slot) {
        Visit v = visits.get(visitId);
        Visit moved = new Visit(v.id(), v.workOrderId(), OptionalLong.of(technicianId), v.status(), Optional.of(slot),
                v.actualStart(), v.actualEnd(), v.pinned(), v.version() + 1, CLOCK.instant());
        visits.put(visitId, moved);
        return moved;
    }

    private final class Visits implements VisitRepository {

        @Override
        public Visit create(NewVisit visit, Actor actor, String reason) {
            synchronized (BoardWorld.this) {
                long id = nextVisitId.incrementAndGet();
                Visit created = new Visit(id, visit.workOrderId(), visit.technicianId(), VisitStatus.PLANNED,
                        visit.planned(), Optional.empty(), Optional.empty(), visit.pinned(), 0, CLOCK.instant());
                visits.put(id, created);
                audit.add("create visit " + id + ": " + reason);
                return created;
            }
        }

        @Override
        public Optional<Visit> find(long id) {
            return Optional.ofNullable(visits.get(id));
        }

        @Override
        public List<Visit> forWorkOrder(long workOrderId) {
            return visits.values().stream().filter(v -> v.workOrderId() == workOrderId).toList();
        }

        @Override
        public List<Visit> forTechnician(long technicianId, TimeSlot range) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isAssigned(long workOrderId, long technicianId) {
            return false;
        }

        @Override
        public Visit replan(long id, long expectedVersion, VisitPlan plan, Actor actor, String reason) {
            synchronized (BoardWorld.this) {
                Visit v = visits.get(id);
                if (v.version() != expectedVersion) {
                    throw new ConcurrentModificationException("Visit", id, expectedVersion, v.version(), "Sam Other",
                            v.updatedAt());
                }
                Visit moved = new Visit(id, v.workOrderId(), plan.technicianId(), v.status(), plan.planned(),
                        v.actualStart(), v.actualEnd(), plan.pinned(), v.version() + 1, CLOCK.instant());
                visits.put(id, moved);
                audit.add("replan visit " + id + ": " + reason);
                return moved;
            }
        }

        @Override
        public Visit recordActualTimes(long id, long expectedVersion, Optional<Instant> start, Optional<Instant> end,
                                       VisitStatus status, Actor actor) {
            throw new UnsupportedOperationException();
        }
    }

    // ---- for tests -----------------------------------------------------------------------------------------

    public TravelTimes travel() {
        return travel;
    }

    public List<DispatchTechnician> technicians() {
        return technicians;
    }

    /** Every work order, the generator's pinned in-progress ones included. */
    public synchronized int workOrders() {
        return orders.size();
    }

    public synchronized List<String> audit() {
        return List.copyOf(audit);
    }

    /** How many drops and plans were committed (a rolled-back one is not counted). */
    public synchronized int commits() {
        return commits;
    }

    /** The board's first week in the company's zone, from the generator's first day. */
    public static TimeSlot week() {
        return new TimeSlot(DAY.atStartOfDay(ZONE).toInstant(), DAY.plusDays(7).atStartOfDay(ZONE).toInstant());
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    static Comparator<BoardJob> byStart() {
        return Comparator.comparing(c -> c.planned().orElseThrow().start());
    }
}

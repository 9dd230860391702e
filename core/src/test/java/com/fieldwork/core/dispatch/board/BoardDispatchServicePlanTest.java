package com.fieldwork.core.dispatch.board;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitPlan;
import com.fieldwork.core.schedule.VisitRepository;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying an accepted plan: one transaction, every placement through the drop's rule, a failure named. */
class BoardDispatchServicePlanTest {

    private static final Instant NOW = DispatchWorld.at(10, 0);
    private static final Actor DISPATCHER = new Actor(7, "dispatch", "Tina Alvarez", Role.DISPATCHER);
    private static final String TITLE = "Optimized plan for 2026-12-01";

    private final StoredVisits stored = new StoredVisits();
    private final Transactions transactions = new Transactions();
    private final BoardDispatchService service = new BoardDispatchService(transactions);

    @Test
    void aGoodPlanIsOneTransactionWithTheTitleAsEveryReasonAndReportsEachPlacement() {
        List<BoardJob> cards = List.of(card(1), card(2), card(3));
        List<PlanPlacement> plan = List.of(moveTo(cards.get(0), 21, 13), moveTo(cards.get(1), 22, 9),
                new PlanPlacement(cards.get(2), Optional.empty()));
        List<String> reported = new ArrayList<>();

        List<Visit> written = service.apply(TITLE, plan, DISPATCHER, watching(reported, -1));

        assertThat(transactions.begun).isEqualTo(1);
        assertThat(transactions.committed).isEqualTo(1);
        assertThat(written).extracting(v -> v.technicianId()).containsExactly(OptionalLong.of(21), OptionalLong.of(22),
                OptionalLong.empty());
        assertThat(stored.reasons).containsExactly(TITLE, TITLE, TITLE);
        assertThat(reported).containsExactly("0/3 WO-2026-000001", "1/3 WO-2026-000002", "2/3 WO-2026-000003");
    }

    @Test
    void aStaleThirdPlacementRollsBackTheWholePlanAndNamesTheJobAndWhoChangedIt() {
        List<BoardJob> cards = List.of(card(1), card(2), card(3), card(4));
        stored.changedElsewhere(3);
        Map<Long, Visit> before = Map.copyOf(stored.visits);

        assertThatThrownBy(() -> service.apply(TITLE, cards.stream().map(c -> moveTo(c, 21, 14)).toList(), DISPATCHER,
                PlanProgress.NONE))
                .isInstanceOfSatisfying(PlanNotAppliedException.class, e -> {
                    assertThat(e.plan()).isEqualTo(TITLE);
                    assertThat(e.job()).hasValue(cards.get(2).order().number());
                    assertThat(e.stale()).isTrue();
                    assertThat(e.cancelled()).isFalse();
                })
                .hasMessage(TITLE + " was not applied, nothing of it was saved: WO-2026-000003 could not be placed. "
                        + "Visit 3 was changed by Sam Other at " + NOW + " after you opened it (your version 0, now 1);"
                        + " reload it and apply your change again")
                .hasCauseInstanceOf(ConcurrentModificationException.class);
        assertThat(transactions.committed).isZero();
        assertThat(stored.visits).isEqualTo(before);
        assertThat(stored.reasons).isEmpty();
    }

    @Test
    void aVisitThatIsGoneRefusesThePlanNamingTheJob() {
        BoardJob gone = card(2);
        stored.visits.remove(2L);

        assertThatThrownBy(() -> service.apply(TITLE, List.of(moveTo(card(1), 21, 9),
                new PlanPlacement(gone, Optional.empty())), DISPATCHER, PlanProgress.NONE))
                .isInstanceOf(PlanNotAppliedException.class)
                .hasMessageContaining("WO-2026-000002 could not be placed")
                .hasCauseInstanceOf(NotFoundException.class);
        assertThat(transactions.committed).isZero();
    }

    @Test
    void aRuleThatSaysNoToOnePlacementRefusesTheWholePlanWithItsSentence() {
        List<BoardJob> cards = List.of(card(1), card(2));
        stored.refused.put(2L, "WO-2026-000002 is Completed: a completed job is not planned again");

        assertThatThrownBy(() -> service.apply(TITLE, cards.stream().map(c -> moveTo(c, 21, 11)).toList(), DISPATCHER,
                PlanProgress.NONE))
                .isInstanceOfSatisfying(PlanNotAppliedException.class, e -> assertThat(e.stale()).isFalse())
                .hasMessageEndingWith("WO-2026-000002 could not be placed. "
                        + "WO-2026-000002 is Completed: a completed job is not planned again")
                .hasCauseInstanceOf(ConflictException.class);
        assertThat(transactions.committed).isZero();
        assertThat(stored.reasons).isEmpty();
    }

    @Test
    void cancellingBeforeTheCommitWritesNothing() {
        List<BoardJob> cards = List.of(card(1), card(2));
        Map<Long, Visit> before = Map.copyOf(stored.visits);

        assertThatThrownBy(() -> service.apply(TITLE, cards.stream().map(c -> moveTo(c, 21, 15)).toList(), DISPATCHER,
                watching(new ArrayList<>(), 1)))
                .isInstanceOfSatisfying(PlanNotAppliedException.class, e -> assertThat(e.cancelled()).isTrue())
                .hasMessageContaining("cancelled");
        assertThat(transactions.committed).isZero();
        assertThat(stored.visits).isEqualTo(before);
    }

    @Test
    void onlySomeoneWhoMayAssignAppliesAPlan() {
        Actor technician = new Actor(9, "tech", "Tom Tech", Role.TECHNICIAN, OptionalLong.of(21));

        assertThatThrownBy(() -> service.apply(TITLE, List.of(moveTo(card(1), 21, 9)), technician, PlanProgress.NONE))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(transactions.begun).isZero();
    }

    /** Reports "done/total number"; says cancelled once {@code cancelAfter} placements are written (-1: never). */
    private static PlanProgress watching(List<String> reported, int cancelAfter) {
        return new PlanProgress() {
            @Override
            public void placing(int done, int total, BoardJob card) {
                reported.add(done + "/" + total + " " + card.order().number());
            }

            @Override
            public boolean cancelled() {
                return cancelAfter >= 0 && reported.size() > cancelAfter;
            }
        };
    }

    private static PlanPlacement moveTo(BoardJob card, long technician, int hour) {
        return new PlanPlacement(card, Optional.of(new Appointment(card.job(), technician,
                TimeSlot.of(DispatchWorld.at(hour, 0), card.job().duration()))));
    }

    /** An assigned order with visit {@code id} (version 0) planned for technician 20 at 08:00. */
    private BoardJob card(long id) {
        DispatchJob job = DispatchWorld.job(id).build();
        WorkOrder.Stamp stamp = new WorkOrder.Stamp(7, "Tina Alvarez", NOW);
        WorkOrder order = new WorkOrder(job.workOrderId(), job.number(), 3, 4, OptionalLong.empty(), 1,
                OptionalLong.empty(), 1, Priority.NORMAL, WorkOrderStatus.ASSIGNED, "No heat", Optional.empty(), 60,
                WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), 1, stamp, stamp);
        Visit visit = new Visit(id, order.id(), OptionalLong.of(20), VisitStatus.PLANNED,
                Optional.of(TimeSlot.of(DispatchWorld.at(8, 0), Duration.ofHours(1))), Optional.empty(),
                Optional.empty(), false, 0, NOW);
        stored.visits.put(id, visit);
        return new BoardJob(order, Optional.of(visit), "Site 4", job);
    }

    /** All or nothing: the visits as they were are put back when the work throws. */
    private final class Transactions implements BoardTransactions {
        int begun;
        int committed;

        @Override
        public <T> T inTransaction(Function<BoardWrites, T> work) {
            begun++;
            Map<Long, Visit> before = new HashMap<>(stored.visits);
            List<String> reasonsBefore = new ArrayList<>(stored.reasons);
            WorkOrderRepository noOrders = (WorkOrderRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{WorkOrderRepository.class}, (proxy, method, args) -> {
                        throw new UnsupportedOperationException(method.getName());
                    });
            try {
                T result = work.apply(new BoardWrites(stored.port,
                        new WorkOrderService(noOrders, stored.port, (p, c) -> Optional.empty(), Clock.systemUTC())));
                committed++;
                return result;
            } catch (RuntimeException e) {
                stored.visits.clear();
                stored.visits.putAll(before);
                stored.reasons.clear();
                stored.reasons.addAll(reasonsBefore);
                throw e;
            }
        }
    }

    /** Visits with versions checked, as the database's repository does; a plan here only moves them. */
    private static final class StoredVisits {
        final Map<Long, Visit> visits = new HashMap<>();
        final List<String> reasons = new ArrayList<>();
        /** Visits whose replan a rule refuses, with the rule's sentence. */
        final Map<Long, String> refused = new HashMap<>();
        final VisitRepository port = (VisitRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{VisitRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "replan" -> replan((Long) args[0], (Long) args[1], (VisitPlan) args[2], (String) args[4]);
                    case "find" -> Optional.ofNullable(visits.get((Long) args[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        void changedElsewhere(long id) {
            Visit v = visits.get(id);
            visits.put(id, new Visit(id, v.workOrderId(), v.technicianId(), v.status(), v.planned(), v.actualStart(),
                    v.actualEnd(), v.pinned(), v.version() + 1, NOW));
        }

        private Visit replan(long id, long expectedVersion, VisitPlan plan, String reason) {
            Visit v = visits.get(id);
            if (v == null) {
                throw new NotFoundException("visit", id);
            }
            if (refused.containsKey(id)) {
                throw new ConflictException(refused.get(id));
            }
            if (v.version() != expectedVersion) {
                throw new ConcurrentModificationException("Visit", id, expectedVersion, v.version(), "Sam Other",
                        v.updatedAt());
            }
            Visit moved = new Visit(id, v.workOrderId(), plan.technicianId(), v.status(), plan.planned(),
                    v.actualStart(), v.actualEnd(), plan.pinned(), v.version() + 1, NOW);
            visits.put(id, moved);
            reasons.add(reason);
            return moved;
        }
    }
}

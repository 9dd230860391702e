package com.fieldwork.db.dispatch;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.board.BoardData;
import com.fieldwork.core.dispatch.board.BoardDispatchService;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.dispatch.board.PlanNotAppliedException;
import com.fieldwork.core.dispatch.board.PlanPlacement;
import com.fieldwork.core.dispatch.board.PlanProgress;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitPlan;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.demo.DemoCompany;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.security.JooqActiveActors;
import com.fieldwork.db.testing.DatabaseTest;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An accepted plan from the board commits in one transaction: all of it, or nothing of it. */
class JooqBoardTransactionsTest extends DatabaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T16:30:00Z"), ZoneOffset.UTC);
    private static final TimeSlot WEEK = new TimeSlot(Instant.parse("2026-03-09T07:00:00Z"),
            Instant.parse("2026-03-16T07:00:00Z"));
    private static final Instant WEDNESDAY = Instant.parse("2026-03-11T15:00:00Z");
    private static final String TITLE = "Optimized plan for 2026-03-11";

    private BoardData board;
    private BoardDispatchService service;
    private long firstTechnician;
    private long secondTechnician;

    @BeforeEach
    void loadDemo() {
        DemoCompany.load(dsl(), CLOCK, line -> { });
        board = new JooqDispatchBoardReads(dsl(), CLOCK).load(WEEK);
        service = new BoardDispatchService(new JooqBoardTransactions(dsl(), CLOCK));
        firstTechnician = board.technicians().get(0).id();
        secondTechnician = board.technicians().get(1).id();
    }

    @Test
    void aPlanWhoseThirdPlacementIsStaleWritesNothingAndNamesThatJob() {
        List<PlanPlacement> plan = plan();
        BoardJob stale = plan.get(2).card();
        Visit read = stale.visit().orElseThrow();
        new JooqVisitRepository(dsl(), CLOCK).replan(read.id(), read.version(), new VisitPlan(read.technicianId(),
                read.planned().map(p -> new TimeSlot(p.start().plusSeconds(1800), p.end().plusSeconds(1800))),
                read.pinned()), user("admin"), "moved by someone else");
        var visitsBefore = rows(VISIT.ID);
        var ordersBefore = rows(WORK_ORDER.ID);
        int auditBefore = dsl().fetchCount(AUDIT_LOG);
        int feedBefore = dsl().fetchCount(CHANGE_FEED);

        assertThatThrownBy(() -> service.apply(TITLE, plan, user("dispatch"), PlanProgress.NONE))
                .isInstanceOfSatisfying(PlanNotAppliedException.class, e -> {
                    assertThat(e.job()).hasValue(stale.order().number());
                    assertThat(e.stale()).isTrue();
                    assertThat(e.getCause()).isInstanceOf(ConcurrentModificationException.class);
                })
                .hasMessageContaining(TITLE + " was not applied")
                .hasMessageContaining(stale.order().number().toString())
                .hasMessageContaining("Jordan Ellis");

        assertThat(rows(VISIT.ID)).as("visits").isEqualTo(visitsBefore);
        assertThat(rows(WORK_ORDER.ID)).as("work orders").isEqualTo(ordersBefore);
        assertThat(dsl().fetchCount(AUDIT_LOG)).as("audit log").isEqualTo(auditBefore);
        assertThat(dsl().fetchCount(CHANGE_FEED)).as("change feed").isEqualTo(feedBefore);
    }

    @Test
    void aGoodPlanWritesAllOfItWithItsTitleAsTheReason() {
        List<PlanPlacement> plan = plan();
        long lastAudit = last(AUDIT_LOG.ID);
        long lastFeed = last(CHANGE_FEED.SEQ);

        List<Visit> written = service.apply(TITLE, plan, user("dispatch"), PlanProgress.NONE);

        assertThat(written).hasSize(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            Visit stored = new JooqVisitRepository(dsl(), CLOCK).find(written.get(i).id()).orElseThrow();
            Optional<Appointment> to = plan.get(i).to();
            assertThat(stored.technicianId()).isEqualTo(to.map(a -> OptionalLong.of(a.technicianId()))
                    .orElse(OptionalLong.empty()));
            assertThat(stored.planned()).isEqualTo(to.map(Appointment::slot));
            assertThat(stored.workOrderId()).isEqualTo(plan.get(i).card().order().id());
        }
        assertThat(dsl().select(WORK_ORDER.STATUS).from(WORK_ORDER).where(WORK_ORDER.ID.eq(plan.get(0).card().order().id()))
                .fetchSingle().value1()).isEqualTo(WorkOrderStatus.ASSIGNED.name());
        List<Record2<String, String>> audited = dsl().select(AUDIT_LOG.ENTITY, AUDIT_LOG.REASON).from(AUDIT_LOG)
                .where(AUDIT_LOG.ID.gt(lastAudit)).fetch();
        assertThat(audited).as("a visit row per placement and the queued orders' status changes")
                .hasSize(plan.size() + 2)
                .allSatisfy(r -> assertThat(r.value2()).isEqualTo(TITLE));
        assertThat(audited).filteredOn(r -> r.value1().equals("work_order")).hasSize(2);
        List<String> fed = dsl().select(CHANGE_FEED.ENTITY_ID).from(CHANGE_FEED).where(CHANGE_FEED.SEQ.gt(lastFeed))
                .fetch(CHANGE_FEED.ENTITY_ID);
        assertThat(fed).as("every written visit is on the change feed")
                .containsAll(written.stream().map(v -> String.valueOf(v.id())).toList());
    }

    /**
     * Assign a queued order, move a visit, move another visit (made stale by the first test), assign a second
     * queued order, take a third visit off the board.
     */
    private List<PlanPlacement> plan() {
        List<BoardJob> queued = board.queue().stream()
                .filter(c -> c.visit().isEmpty() && c.order().status() == WorkOrderStatus.PENDING).limit(2).toList();
        List<BoardJob> scheduled = board.scheduled().stream().filter(c -> !c.visit().orElseThrow().pinned())
                .limit(3).toList();
        assertThat(queued).hasSize(2);
        assertThat(scheduled).hasSize(3);
        return List.of(
                new PlanPlacement(queued.get(0), to(queued.get(0), firstTechnician, 0)),
                new PlanPlacement(scheduled.get(0), to(scheduled.get(0), secondTechnician, 2)),
                new PlanPlacement(scheduled.get(1), to(scheduled.get(1), firstTechnician, 4)),
                new PlanPlacement(queued.get(1), to(queued.get(1), secondTechnician, 6)),
                new PlanPlacement(scheduled.get(2), Optional.empty()));
    }

    private static Optional<Appointment> to(BoardJob card, long technician, int hoursLater) {
        Instant start = WEDNESDAY.plus(Duration.ofHours(hoursLater));
        return Optional.of(new Appointment(card.job(), technician, TimeSlot.of(start, card.job().duration())));
    }

    /** The newest id in the table, 0 when it is empty (the demo loader writes no change feed). */
    private long last(org.jooq.TableField<?, Long> id) {
        return Optional.ofNullable(dsl().select(id.max()).from(id.getTable()).fetchSingle().value1()).orElse(0L);
    }

    private List<Map<String, Object>> rows(org.jooq.TableField<?, Long> id) {
        return dsl().selectFrom(id.getTable()).orderBy(id).fetchMaps();
    }

    private Actor user(String username) {
        long id = dsl().select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
        return new JooqActiveActors(dsl()).find(id).orElseThrow();
    }
}

package com.fieldwork.db.dispatch;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.board.BoardData;
import com.fieldwork.core.dispatch.board.BoardDispatchService;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.demo.DemoCompany;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.security.JooqActiveActors;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.QueryCounter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqDispatchBoardReadsTest extends DatabaseTest {

    /** A Tuesday, 10:30 in Denver, as the demo's own tests use. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T16:30:00Z"), ZoneOffset.UTC);

    /** Monday 9 March to Monday 16 March 2026 in Denver. */
    private TimeSlot week() {
        return new TimeSlot(Instant.parse("2026-03-09T07:00:00Z"), Instant.parse("2026-03-16T07:00:00Z"));
    }

    @Test
    void aWeekForEveryTechnicianIsAHandfulOfQueriesAndAgreesWithThePerTechnicianReads() {
        DemoCompany.load(dsl(), CLOCK, line -> { });
        QueryCounter counter = new QueryCounter();
        JooqDispatchBoardReads reads = new JooqDispatchBoardReads(counter.around(dsl()), CLOCK);

        BoardData board = reads.load(week());

        assertThat(counter.take()).as("a fixed number, whatever the size").isLessThanOrEqualTo(25);
        assertThat(board.technicians()).isNotEmpty();
        assertThat(board.technicians()).allSatisfy(t -> assertThat(t.profile().week()).isNotEmpty());
        assertThat(board.branches()).isNotEmpty();
        JooqVisitRepository visits = new JooqVisitRepository(dsl(), CLOCK);
        for (DispatchTechnician t : board.technicians()) {
            List<Long> own = board.scheduled().stream()
                    .filter(c -> c.technicianId().getAsLong() == t.id()).map(BoardJob::key).sorted().toList();
            List<Long> expected = visits.forTechnician(t.id(), week()).stream()
                    .filter(v -> v.status().name().equals("PLANNED") || v.status().name().equals("IN_PROGRESS"))
                    .map(Visit::id).sorted().toList();
            assertThat(own).as(t.name()).isEqualTo(expected);
        }
        assertThat(board.scheduled()).allSatisfy(c -> {
            assertThat(c.scheduled()).isTrue();
            assertThat(c.job().number()).isEqualTo(c.order().number());
        });
        assertThat(board.queue()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.scheduled()).isFalse();
            assertThat(c.order().status()).isIn(WorkOrderStatus.PENDING, WorkOrderStatus.ASSIGNED,
                    WorkOrderStatus.WAITING_FOR_PARTS);
        });
        assertThat(board.queue()).isSortedAccordingTo(Comparator.comparing((BoardJob c) -> c.order().priority()));
    }

    @Test
    void aDropAssignsThroughCoreAuditsTheReasonAndAStaleCardIsRefused() {
        DemoCompany.load(dsl(), CLOCK, line -> { });
        JooqDispatchBoardReads reads = new JooqDispatchBoardReads(dsl(), CLOCK);
        BoardData board = reads.load(week());
        BoardJob queued = board.queue().stream().filter(c -> c.visit().isEmpty()
                && c.order().status() == WorkOrderStatus.PENDING).findFirst().orElseThrow();
        long technician = board.technicians().get(0).id();
        Actor dispatcher = dispatcher();
        BoardDispatchService service = new BoardDispatchService(new JooqBoardTransactions(dsl(), CLOCK));
        TimeSlot slot = new TimeSlot(Instant.parse("2026-03-11T16:00:00Z"), Instant.parse("2026-03-11T17:00:00Z"));
        long feedBefore = dsl().fetchCount(CHANGE_FEED);

        assertThatThrownBy(() -> service.place(queued, technician, slot, List.of("overlaps"), Optional.of(" "),
                dispatcher)).isInstanceOf(ValidationException.class).hasMessageContaining("give a reason");
        Visit placed = service.place(queued, technician, slot, List.of("WO-1 overlaps WO-2 by 30 min"),
                Optional.of("customer insisted"), dispatcher);

        assertThat(dsl().fetchCount(CHANGE_FEED)).isGreaterThan((int) feedBefore);
        assertThat(dsl().select(AUDIT_LOG.REASON).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq("visit"))
                .and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(placed.id()))).fetch(AUDIT_LOG.REASON))
                .containsExactly("customer insisted (overrides: WO-1 overlaps WO-2 by 30 min)");
        List<BoardJob> cards = reads.cards(week(), Set.of(), Set.of(placed.id()));
        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.scheduled()).isTrue();
            assertThat(c.technicianId()).hasValue(technician);
            assertThat(c.order().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
        });
        assertThat(reads.load(week()).queue()).noneMatch(c -> c.order().id() == queued.order().id());

        BoardJob moved = cards.get(0);
        service.place(moved, technician, new TimeSlot(slot.start().plusSeconds(3600), slot.end().plusSeconds(3600)),
                List.of(), Optional.empty(), dispatcher);
        assertThatThrownBy(() -> service.place(moved, technician, slot, List.of(), Optional.empty(), dispatcher))
                .isInstanceOf(ConcurrentModificationException.class).hasMessageContaining("Tina Alvarez");
    }

    private Actor dispatcher() {
        long id = dsl().select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("dispatch")).fetchSingle().value1();
        return new JooqActiveActors(dsl()).find(id).orElseThrow();
    }
}

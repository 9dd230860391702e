package com.fieldwork.db.inventory;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.PartsReadiness;
import com.fieldwork.core.dispatch.board.BoardData;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.db.dispatch.JooqDispatchBoardReads;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.inventory.InventoryWorld.qty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reservation and readiness end to end: stock and reservations written through the ledger, read back by the
 * board's one set-based read, judged by core's rule for the technician's van.
 */
class PartsReadinessReadTest extends DatabaseTest {

    private InventoryWorld w;
    private long job;

    @BeforeEach
    void world() {
        w = new InventoryWorld(dsl());
        job = w.workOrderNeeding("Swap the filter", List.of(new PartQuantity(w.part, qty("2"))));
    }

    @Test
    void withNothingInTheVanAndNothingReservedThePartsAreMissing() {
        PartsReadiness readiness = readinessFor(job);

        assertThat(readiness.state()).isEqualTo(PartsReadiness.State.MISSING);
        assertThat(readiness.lines()).singleElement().satisfies(line -> {
            assertThat(line.needed()).isEqualByComparingTo("2");
            assertThat(line.shortBy()).isEqualByComparingTo("2");
        });
        assertThat(readiness.sentence()).startsWith("Parts missing: 2 × ").endsWith("'s van");
    }

    @Test
    void aWarehouseReservationMakesThemReservedAndItsReleaseMissingAgain() {
        w.ledger.receive(w.warehouse, w.part, qty("5"), Optional.empty(), w.manager);
        var held = w.ledger.reserve(job, w.warehouse, w.part, qty("2"), w.manager);

        assertThat(readinessFor(job).state()).isEqualTo(PartsReadiness.State.RESERVED);
        assertThat(w.ledger.level(w.warehouse, w.part).available()).isEqualByComparingTo("3");

        w.ledger.releaseReservation(held.id(), w.manager);
        assertThat(readinessFor(job).state()).isEqualTo(PartsReadiness.State.MISSING);
    }

    @Test
    void partsInTheVanAreReadyUnlessAnotherJobReservedThem() {
        w.ledger.receive(w.van, w.part, qty("3"), Optional.empty(), w.manager);
        assertThat(readinessFor(job).state()).isEqualTo(PartsReadiness.State.READY);

        w.ledger.reserve(w.otherWorkOrder, w.van, w.part, qty("2"), w.manager);
        PartsReadiness readiness = readinessFor(job);
        assertThat(readiness.state()).isEqualTo(PartsReadiness.State.MISSING);
        assertThat(readiness.lines().get(0).inVan()).isEqualByComparingTo("1");
        assertThat(readiness.lines().get(0).shortBy()).isEqualByComparingTo("1");
    }

    @Test
    void aReservationFromTheVanItselfStillCountsForItsOwnJob() {
        w.ledger.receive(w.van, w.part, qty("2"), Optional.empty(), w.manager);
        w.ledger.reserve(job, w.van, w.part, qty("2"), w.manager);

        assertThat(readinessFor(job).state()).isEqualTo(PartsReadiness.State.RESERVED);
    }

    /** The job's queue card from one board read, judged for the world's technician. */
    private PartsReadiness readinessFor(long workOrderId) {
        BoardData data = new JooqDispatchBoardReads(dsl(), w.clock)
                .load(new TimeSlot(Seed.T0, Seed.T0.plus(Duration.ofDays(7))));
        BoardJob card = data.queue().stream().filter(c -> c.order().id() == workOrderId).findFirst().orElseThrow();
        DispatchTechnician technician = data.technicians().stream()
                .filter(t -> t.id() == w.technician.technicianId().getAsLong()).findFirst().orElseThrow();
        return PartsReadiness.of(card.job(), Optional.of(technician));
    }
}

package com.fieldwork.db.inventory;

import com.fieldwork.core.inventory.LowStockAlert;
import com.fieldwork.core.inventory.LowStockRule;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.inventory.StockLine;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.inventory.InventoryWorld.qty;
import static com.fieldwork.db.jooq.Tables.PART;
import static org.assertj.core.api.Assertions.assertThat;

/** The low-stock alert from the ledger's real levels and reservations, read in one pass over every location. */
class LowStockAlertsTest extends DatabaseTest {

    private InventoryWorld w;
    private JooqInventoryReads reads;
    private long southStore;

    @BeforeEach
    void world() {
        w = new InventoryWorld(dsl());
        reads = new JooqInventoryReads(dsl());
        southStore = w.locations.create(NewStockLocation.warehouse("WH-2", "South store", w.branch), w.manager).id();
        dsl().update(PART).set(PART.REORDER_POINT, qty("5")).where(PART.ID.eq(w.part)).execute();
        dsl().update(PART).set(PART.UNIT, "EA").where(PART.ID.eq(w.part)).execute();
    }

    @Test
    void aReservationThatTakesAvailableStockUnderTheReorderPointRaisesAnAlertWithATransferFromTheSibling() {
        w.ledger.receive(w.warehouse, w.part, qty("6"), Optional.empty(), w.manager);
        w.ledger.receive(southStore, w.part, qty("8"), Optional.empty(), w.manager);
        w.ledger.receive(w.van, w.part, qty("1"), Optional.empty(), w.manager);
        assertThat(LowStockRule.alerts(reads.stock())).isEmpty();

        w.ledger.reserve(w.workOrder, w.warehouse, w.part, qty("3"), w.manager);
        List<LowStockAlert> alerts = LowStockRule.alerts(reads.stock());

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.line().location().id()).isEqualTo(w.warehouse);
            assertThat(alert.line().onHand()).isEqualByComparingTo("6");
            assertThat(alert.line().reserved()).isEqualByComparingTo("3");
            assertThat(alert.shortBy()).isEqualByComparingTo("2");
            assertThat(alert.transferFrom()).hasValueSatisfying(from -> assertThat(from.id()).isEqualTo(southStore));
            assertThat(alert.suggestion()).isEqualTo("Transfer 3 from South store and buy 4");
        });
    }

    @Test
    void consumptionBelowTheReorderPointWithNoSiblingToSpareSuggestsBuying() {
        w.ledger.receive(w.warehouse, w.part, qty("5"), Optional.empty(), w.manager);
        w.ledger.consume(w.warehouse, w.part, qty("4"), w.workOrder, w.technician);

        assertThat(LowStockRule.alerts(reads.stock())).singleElement()
                .satisfies(alert -> assertThat(alert.suggestion()).isEqualTo("Buy 9"));
    }

    @Test
    void stockLinesAndMovementsReadBackWithNames() {
        w.ledger.receive(w.warehouse, w.part, qty("6"), Optional.of("PO 17"), w.manager);
        w.ledger.transfer(w.warehouse, w.van, w.part, qty("2"), w.manager);
        w.ledger.consume(w.van, w.part, qty("1"), w.workOrder, w.technician);

        List<StockLine> stock = reads.stock();
        assertThat(stock).extracting(l -> l.location().code(), l -> l.onHand().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("WH-1", "4"),
                        org.assertj.core.groups.Tuple.tuple("VAN-7", "1"));
        assertThat(reads.locations()).extracting(l -> l.code()).containsExactly("WH-1", "WH-2", "VAN-7");
        assertThat(reads.movements(w.van, 10)).extracting(m -> m.movement().kind().name(), m -> m.actorName(),
                        m -> m.workOrderNumber().isPresent())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CONSUME", w.technician.displayName(), true),
                        org.assertj.core.groups.Tuple.tuple("TRANSFER", w.manager.displayName(), false));
    }
}

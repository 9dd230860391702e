package com.fieldwork.db.inventory;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.inventory.InsufficientStockException;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.inventory.ReservationStatus;
import com.fieldwork.core.inventory.ReturnExceedsUseException;
import com.fieldwork.core.inventory.StockLocationKind;
import com.fieldwork.core.inventory.StockMovement;
import com.fieldwork.core.inventory.StockMovementKind;
import com.fieldwork.core.inventory.StockReservation;
import com.fieldwork.core.workorder.WorkOrderClosedException;
import com.fieldwork.db.audit.JooqAuditLog;
import com.fieldwork.db.testing.DatabaseTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.inventory.InventoryWorld.qty;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqStockLedgerTest extends DatabaseTest {

    private InventoryWorld w;
    private JooqStockLedger ledger;
    private Actor manager;

    @BeforeEach
    void world() {
        w = new InventoryWorld(dsl());
        ledger = w.ledger;
        manager = w.manager;
    }

    @Test
    void levelsMoveExactlyAsTheLedgerSays() {
        ledger.receive(w.warehouse, w.part, qty("10"), Optional.of("PO 4711"), manager);
        ledger.transfer(w.warehouse, w.van, w.part, qty("4"), manager);
        StockMovement used = ledger.consume(w.van, w.part, qty("1.5"), w.workOrder, w.technician);
        ledger.adjust(w.warehouse, w.part, qty("-2"), "cycle count", manager);
        ledger.adjust(w.van, w.part, qty("0.5"), "found one under the seat", w.technician);

        assertThat(ledger.level(w.warehouse, w.part).onHand()).isEqualByComparingTo("4");
        assertThat(ledger.level(w.van, w.part).onHand()).isEqualByComparingTo("3");
        assertThat(ledger.level(w.warehouse, w.part).onHand()).isEqualByComparingTo(w.ledgerBalance(w.warehouse));
        assertThat(ledger.level(w.van, w.part).onHand()).isEqualByComparingTo(w.ledgerBalance(w.van));
        assertThat(used.kind()).isEqualTo(StockMovementKind.CONSUME);
        assertThat(used.workOrderId()).hasValue(w.workOrder);
        assertThat(used.actorId()).isEqualTo(w.technician.userId());
        assertThat(ledger.movementsAt(w.van, 10)).extracting(StockMovement::kind)
                .containsExactly(StockMovementKind.ADJUST, StockMovementKind.CONSUME, StockMovementKind.TRANSFER);
        assertThat(ledger.movementsOfPart(w.part, 2)).extracting(m -> m.reason().orElse(""))
                .containsExactly("found one under the seat", "cycle count");
        assertThat(ledger.levelsAt(w.van)).singleElement()
                .satisfies(level -> assertThat(level.available()).isEqualByComparingTo("3"));
        assertThat(new JooqAuditLog(dsl()).forEntity(JooqStockLedger.MOVEMENT, used.id()))
                .extracting(e -> e.action()).containsExactly("consume");
    }

    @Test
    void aUseKeyedByAClientIdMovesOnceAndTheKeyCannotBeReusedForAnotherUse() {
        ledger.receive(w.van, w.part, qty("5"), Optional.empty(), manager);
        UUID clientId = UUID.randomUUID();
        StockMovement first = ledger.consumeOnce(clientId, w.van, w.part, qty("2"), w.workOrder, w.technician);
        StockMovement again = ledger.consumeOnce(clientId, w.van, w.part, qty("2.000"), w.workOrder, w.technician);

        assertThat(again).isEqualTo(first);
        assertThat(ledger.movementByClientId(clientId)).contains(first);
        assertThat(ledger.level(w.van, w.part).onHand()).isEqualByComparingTo("3");
        assertThat(new JooqAuditLog(dsl()).forEntity(JooqStockLedger.MOVEMENT, first.id())).hasSize(1);
        assertThatThrownBy(() -> ledger.consumeOnce(clientId, w.van, w.part, qty("1"), w.workOrder, w.technician))
                .isInstanceOf(ConflictException.class);
        assertThat(ledger.level(w.van, w.part).onHand()).isEqualByComparingTo("3");
        assertThat(ledger.movementByClientId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void zeroOrNegativeQuantitiesAreRefusedAndNothingIsWritten() {
        ledger.receive(w.van, w.part, qty("5"), Optional.empty(), manager);
        List<Integer> before = w.snapshot();
        for (BigDecimal bad : List.of(BigDecimal.ZERO, qty("-1"))) {
            assertRefusedOnQuantity(() -> ledger.receive(w.van, w.part, bad, Optional.empty(), manager));
            assertRefusedOnQuantity(() -> ledger.transfer(w.van, w.warehouse, w.part, bad, manager));
            assertRefusedOnQuantity(() -> ledger.consume(w.van, w.part, bad, w.workOrder, manager));
            assertRefusedOnQuantity(() -> ledger.reserve(w.workOrder, w.van, w.part, bad, manager));
        }
        assertRefusedOnQuantity(() -> ledger.adjust(w.van, w.part, BigDecimal.ZERO, "count", manager));
        assertThat(w.snapshot()).isEqualTo(before);
    }

    private static void assertRefusedOnQuantity(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("quantity"));
    }

    @Test
    void takingMoreThanIsAvailableSaysWhatIsThereAndChangesNothing() {
        ledger.receive(w.van, w.part, qty("3"), Optional.empty(), manager);
        ledger.reserve(w.otherWorkOrder, w.van, w.part, qty("1"), manager);
        List<Integer> before = w.snapshot();

        assertThatThrownBy(() -> ledger.transfer(w.van, w.warehouse, w.part, qty("3"), manager))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.onHand()).isEqualByComparingTo("3");
                    assertThat(e.reserved()).isEqualByComparingTo("1");
                    assertThat(e.available()).isEqualByComparingTo("2");
                    assertThat(e.requested()).isEqualByComparingTo("3");
                    assertThat(e.partSku()).startsWith("P");
                })
                .hasMessageContaining("at Van 7: requested 3, available 2 (on hand 3, reserved 1)");
        assertThatThrownBy(() -> ledger.consume(w.van, w.part, qty("2.5"), w.workOrder, w.technician))
                .isInstanceOf(InsufficientStockException.class).hasMessageContaining("available 2 ");
        // Never stocked there: no level row appears for the refused attempt either.
        assertThatThrownBy(() -> ledger.consume(w.warehouse, w.part, qty("1"), w.workOrder, manager))
                .isInstanceOf(InsufficientStockException.class).hasMessageContaining("on hand 0");
        assertThatThrownBy(() -> ledger.adjust(w.van, w.part, qty("-4"), "count", manager))
                .isInstanceOf(InsufficientStockException.class);
        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void reservationsHoldStockForTheirJobOnly() {
        ledger.receive(w.van, w.part, qty("5"), Optional.empty(), manager);
        StockReservation held = ledger.reserve(w.workOrder, w.van, w.part, qty("3"), manager);

        assertThat(ledger.level(w.van, w.part).available()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> ledger.reserve(w.otherWorkOrder, w.van, w.part, qty("3"), manager))
                .isInstanceOf(InsufficientStockException.class).hasMessageContaining("available 2");
        assertThatThrownBy(() -> ledger.consume(w.van, w.part, qty("3"), w.otherWorkOrder, w.technician))
                .isInstanceOf(InsufficientStockException.class);

        ledger.consume(w.van, w.part, qty("2"), w.otherWorkOrder, w.technician);
        ledger.consume(w.van, w.part, qty("2"), w.workOrder, w.technician);
        assertThat(ledger.reservationsFor(w.workOrder)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReservationStatus.ACTIVE);
            assertThat(r.quantity()).isEqualByComparingTo("1");
        });
        assertThat(ledger.level(w.van, w.part).available()).isEqualByComparingTo("0");

        ledger.consume(w.van, w.part, qty("1"), w.workOrder, w.technician);
        assertThat(ledger.reservationsFor(w.workOrder)).extracting(StockReservation::status)
                .containsExactly(ReservationStatus.CONSUMED);
        assertThatThrownBy(() -> ledger.releaseReservation(held.id(), manager))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already consumed");
        assertThat(ledger.level(w.van, w.part).onHand()).isEqualByComparingTo("0");
    }

    @Test
    void releasingAReservationGivesItsStockBack() {
        ledger.receive(w.warehouse, w.part, qty("2"), Optional.empty(), manager);
        StockReservation held = ledger.reserve(w.workOrder, w.warehouse, w.part, qty("2"), manager);
        assertThat(ledger.level(w.warehouse, w.part).available()).isEqualByComparingTo("0");

        assertThat(ledger.releaseReservation(held.id(), manager).status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(ledger.level(w.warehouse, w.part).available()).isEqualByComparingTo("2");
        assertThat(new JooqAuditLog(dsl()).forEntity("stock_reservation", held.id()))
                .extracting(e -> e.action()).containsExactly("reserve", "release");
    }

    @Test
    void aClosedJobsReservationCannotBeReleased() {
        ledger.receive(w.warehouse, w.part, qty("2"), Optional.empty(), manager);
        StockReservation held = ledger.reserve(w.workOrder, w.warehouse, w.part, qty("2"), manager);
        dsl().update(WORK_ORDER).set(WORK_ORDER.STATUS, "CLOSED").where(WORK_ORDER.ID.eq(w.workOrder)).execute();
        String number = dsl().select(WORK_ORDER.NUMBER).from(WORK_ORDER).where(WORK_ORDER.ID.eq(w.workOrder))
                .fetchSingle().value1();
        List<Integer> before = w.snapshot();

        assertThatThrownBy(() -> ledger.releaseReservation(held.id(), manager))
                .isInstanceOf(WorkOrderClosedException.class)
                .hasMessageStartingWith(number + " is Closed, so releasing its parts reservation is refused");

        assertThat(w.snapshot()).isEqualTo(before);
        assertThat(ledger.reservationsFor(w.workOrder)).extracting(StockReservation::status)
                .containsExactly(ReservationStatus.ACTIVE);
        assertThat(ledger.level(w.warehouse, w.part).available()).isEqualByComparingTo("0");
    }

    @Test
    void unknownThingsAndTheSystemUserAreRefusedBeforeAnythingIsWritten() {
        List<Integer> before = w.snapshot();
        assertThatThrownBy(() -> ledger.receive(w.van, 424_242, qty("1"), Optional.empty(), manager))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("part");
        assertThatThrownBy(() -> ledger.receive(424_242, w.part, qty("1"), Optional.empty(), manager))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("stock location");
        assertThatThrownBy(() -> ledger.consume(w.van, w.part, qty("1"), 424_242, manager))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("work order");
        assertThatThrownBy(() -> ledger.transfer(w.van, w.van, w.part, qty("1"), manager))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ledger.receive(w.van, w.part, qty("1"), Optional.empty(), Actor.system()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("actor"));
        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void unusedPartsComeBackFromTheJobAndAVanReturnsItsSurplusToTheWarehouse() {
        ledger.receive(w.warehouse, w.part, qty("10"), Optional.empty(), manager);
        ledger.transfer(w.warehouse, w.van, w.part, qty("6"), manager);
        ledger.consume(w.van, w.part, qty("3"), w.workOrder, w.technician);

        StockMovement back = ledger.returnFromJob(w.workOrder, w.van, w.part, qty("2"), Optional.of("one filter spare"),
                w.technician);
        StockMovement surplus = ledger.returnToWarehouse(w.van, w.warehouse, w.part, qty("4"), Optional.empty(), manager);

        assertThat(back.kind()).isEqualTo(StockMovementKind.RETURN);
        assertThat(back.workOrderId()).hasValue(w.workOrder);
        assertThat(back.fromLocationId()).isEmpty();
        assertThat(back.toLocationId()).hasValue(w.van);
        assertThat(surplus.kind()).isEqualTo(StockMovementKind.RETURN);
        assertThat(surplus.fromLocationId()).hasValue(w.van);
        assertThat(surplus.toLocationId()).hasValue(w.warehouse);
        assertThat(ledger.level(w.van, w.part).onHand()).isEqualByComparingTo("1");
        assertThat(ledger.level(w.warehouse, w.part).onHand()).isEqualByComparingTo("8");
        assertThat(ledger.level(w.van, w.part).onHand()).isEqualByComparingTo(w.ledgerBalance(w.van));
        assertThat(ledger.level(w.warehouse, w.part).onHand()).isEqualByComparingTo(w.ledgerBalance(w.warehouse));
        assertThat(new JooqAuditLog(dsl()).forEntity("stock_movement", back.id())).extracting(e -> e.action())
                .containsExactly("return");
    }

    @Test
    void aReturnKeyedByAClientIdMovesOnceAndTheKeyCannotBeReusedForAnotherMovement() {
        ledger.receive(w.van, w.part, qty("5"), Optional.empty(), manager);
        ledger.consume(w.van, w.part, qty("2"), w.workOrder, w.technician);
        UUID clientId = UUID.randomUUID();
        StockMovement first = ledger.returnFromJobOnce(clientId, w.workOrder, w.van, w.part, qty("2"), Optional.empty(),
                w.technician);
        // all of it is back already: only the key lets the resend through, and it moves nothing
        StockMovement again = ledger.returnFromJobOnce(clientId, w.workOrder, w.van, w.part, qty("2.000"),
                Optional.empty(), w.technician);

        assertThat(again).isEqualTo(first);
        assertThat(ledger.level(w.van, w.part).onHand()).isEqualByComparingTo("5");
        assertThat(new JooqAuditLog(dsl()).forEntity(JooqStockLedger.MOVEMENT, first.id())).hasSize(1);
        assertThatThrownBy(() -> ledger.returnFromJobOnce(clientId, w.workOrder, w.van, w.part, qty("1"),
                Optional.empty(), w.technician)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already used for a different stock movement");
        assertThatThrownBy(() -> ledger.consumeOnce(clientId, w.van, w.part, qty("2"), w.workOrder, w.technician))
                .isInstanceOf(ConflictException.class);
        assertThat(ledger.level(w.van, w.part).onHand()).isEqualByComparingTo("5");
    }

    @Test
    void returnsAreRefusedWithTheReasonAndChangeNothing() {
        ledger.receive(w.warehouse, w.part, qty("10"), Optional.empty(), manager);
        ledger.transfer(w.warehouse, w.van, w.part, qty("3"), manager);
        ledger.consume(w.van, w.part, qty("2"), w.workOrder, w.technician);
        ledger.returnFromJob(w.workOrder, w.van, w.part, qty("1"), Optional.empty(), w.technician);
        List<Integer> before = w.snapshot();

        assertThatThrownBy(() -> ledger.returnFromJob(w.workOrder, w.van, w.part, qty("2"), Optional.empty(), manager))
                .isInstanceOfSatisfying(ReturnExceedsUseException.class, e -> {
                    assertThat(e.returnable()).isEqualByComparingTo("1");
                    assertThat(e.requested()).isEqualByComparingTo("2");
                })
                .hasMessage("At most 1 × " + sku() + " can come back from this job (used and not yet returned), got 2");
        assertThatThrownBy(() -> ledger.returnFromJob(w.otherWorkOrder, w.van, w.part, qty("1"), Optional.empty(),
                manager)).isInstanceOf(ReturnExceedsUseException.class).hasMessageContaining("At most 0 ×");
        assertThatThrownBy(() -> ledger.returnFromJob(w.workOrder, w.van, w.part, qty("-1"), Optional.empty(), manager))
                .isInstanceOf(ValidationException.class).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> ledger.returnFromJob(424_242, w.van, w.part, qty("1"), Optional.empty(), manager))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("work order");
        assertThatThrownBy(() -> ledger.returnFromJob(w.workOrder, 424_242, w.part, qty("1"), Optional.empty(), manager))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("stock location");
        assertThatThrownBy(() -> ledger.returnToWarehouse(w.van, w.warehouse, w.part, qty("5"), Optional.empty(), manager))
                .isInstanceOf(InsufficientStockException.class).hasMessageContaining("requested 5, available 2");
        assertThatThrownBy(() -> ledger.returnToWarehouse(w.warehouse, w.van, w.part, qty("1"), Optional.empty(), manager))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is not a van");
        assertThatThrownBy(() -> ledger.returnToWarehouse(w.van, w.van, w.part, qty("1"), Optional.empty(), manager))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is not a warehouse");
        assertThatThrownBy(() -> ledger.returnToWarehouse(w.van, w.warehouse, 424_242, qty("1"), Optional.empty(), manager))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("part");
        assertThat(w.snapshot()).isEqualTo(before);
    }

    @Test
    void anAllowNegativeLocationMayGoBelowZeroAndTheLedgerStillBalances() {
        long counted = w.locations.create(new NewStockLocation("WH-C", "Counted store",
                StockLocationKind.WAREHOUSE, w.branch, OptionalLong.empty(), true), manager).id();

        ledger.consume(counted, w.part, qty("2"), w.workOrder, w.technician);

        assertThat(ledger.level(counted, w.part).onHand()).isEqualByComparingTo("-2");
        assertThat(w.ledgerBalance(counted)).isEqualByComparingTo("-2");
        assertThatThrownBy(() -> ledger.consume(w.van, w.part, qty("1"), w.workOrder, w.technician))
                .isInstanceOf(InsufficientStockException.class);
    }

    @Test
    void transferRefusalsNameTheProblem() {
        ledger.receive(w.warehouse, w.part, qty("2"), Optional.empty(), manager);
        List<Integer> before = w.snapshot();
        assertThatThrownBy(() -> ledger.transfer(w.warehouse, w.warehouse, w.part, qty("1"), manager))
                .isInstanceOf(ValidationException.class).hasMessage("A transfer needs two different locations");
        assertThatThrownBy(() -> ledger.transfer(w.warehouse, w.van, w.part, qty("3"), manager))
                .isInstanceOf(InsufficientStockException.class)
                .hasMessage("Not enough " + sku() + " at Main warehouse: requested 3, available 2 (on hand 2, reserved 0)");
        assertThatThrownBy(() -> ledger.transfer(w.warehouse, w.van, w.part, qty("0"), manager))
                .isInstanceOf(ValidationException.class).hasMessage("A quantity must be more than zero, got 0");
        assertThatThrownBy(() -> ledger.transfer(w.warehouse, 424_242, w.part, qty("1"), manager))
                .isInstanceOf(NotFoundException.class).hasMessage("No stock location with id 424242");
        assertThatThrownBy(() -> ledger.adjust(w.warehouse, w.part, qty("-1"), " ", manager))
                .isInstanceOf(ValidationException.class).hasMessage("Reason is required");
        assertThat(w.snapshot()).isEqualTo(before);
    }

    private String sku() {
        return dsl().select(PART.SKU).from(PART).where(PART.ID.eq(w.part)).fetchSingle().value1();
    }
}

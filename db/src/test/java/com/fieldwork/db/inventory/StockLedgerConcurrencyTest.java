package com.fieldwork.db.inventory;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.inventory.InsufficientStockException;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.inventory.StockMovementKind;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.fieldwork.db.inventory.InventoryWorld.qty;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static org.assertj.core.api.Assertions.assertThat;

/** Several technicians at once: the stock_level row lock must let exactly as many through as there are parts. */
class StockLedgerConcurrencyTest extends DatabaseTest {

    private static final int THREADS = 8;

    private InventoryWorld w;

    @BeforeEach
    void world() {
        w = new InventoryWorld(dsl());
    }

    @Test
    void eightConsumersOfFivePartsLeaveZeroNeverLess() throws Exception {
        w.ledger.receive(w.van, w.part, qty("5"), Optional.empty(), w.manager);

        List<Outcome> outcomes = race(() -> w.ledger.consume(w.van, w.part, qty("1"), w.workOrder, w.technician));

        assertThat(outcomes).filteredOn(o -> o == Outcome.DONE).hasSize(5);
        assertThat(outcomes).filteredOn(o -> o == Outcome.INSUFFICIENT).hasSize(THREADS - 5);
        assertThat(w.ledger.level(w.van, w.part).onHand()).isEqualByComparingTo("0");
        assertThat(w.ledger.movementsAt(w.van, 100)).filteredOn(m -> m.kind() == StockMovementKind.CONSUME).hasSize(5);
        assertThat(w.ledgerBalance(w.van)).isEqualByComparingTo("0");
    }

    @Test
    void eightResendsOfOneKeyedUseRacingEachOtherUseThePartsOnce() throws Exception {
        w.ledger.receive(w.van, w.part, qty("5"), Optional.empty(), w.manager);
        UUID clientId = UUID.randomUUID();

        List<Outcome> outcomes = race(() -> w.ledger.consumeOnce(clientId, w.van, w.part, qty("2"), w.workOrder,
                w.technician));

        assertThat(outcomes).containsOnly(Outcome.DONE);
        assertThat(w.ledger.level(w.van, w.part).onHand()).isEqualByComparingTo("3");
        assertThat(w.ledger.movementsAt(w.van, 100)).filteredOn(m -> m.kind() == StockMovementKind.CONSUME).hasSize(1);
        assertThat(w.ledgerBalance(w.van)).isEqualByComparingTo("3");
    }

    @Test
    void concurrentFirstReceiptsAllCount() throws Exception {
        List<Outcome> outcomes = race(() -> w.ledger.receive(w.warehouse, w.part, qty("1"), Optional.empty(), w.manager));

        assertThat(outcomes).containsOnly(Outcome.DONE);
        assertThat(w.ledger.level(w.warehouse, w.part).onHand()).isEqualByComparingTo(String.valueOf(THREADS));
        assertThat(w.ledgerBalance(w.warehouse)).isEqualByComparingTo(String.valueOf(THREADS));
    }

    /**
     * Four technicians at once, each loading their own van from the one warehouse and using what they got on
     * a job, five rounds each for ten parts: the warehouse row is the one they all fight over. Exactly ten
     * loads get through, every one is used, no level is ever below zero, and every successful call left
     * exactly one movement (nothing lost, nothing doubled), each level equal to its ledger's sum.
     */
    @Test
    void fourTechniciansLoadingTheirVansFromOneWarehouseAndUsingThePartsLoseNoMovement() throws Exception {
        w.ledger.receive(w.warehouse, w.part, qty("10"), Optional.empty(), w.manager);
        int technicians = 4;
        int rounds = 5;
        List<Actor> crew = new ArrayList<>();
        List<Long> vans = new ArrayList<>();
        crew.add(w.technician);
        vans.add(w.van);
        for (int i = 1; i < technicians; i++) {
            Actor tech = w.seed.user(Role.TECHNICIAN, w.branch);
            crew.add(tech);
            vans.add(w.locations.create(NewStockLocation.van("VAN-" + (10 + i), "Van " + (10 + i), w.branch,
                    tech.technicianId().getAsLong()), w.manager).id());
        }
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger uses = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(technicians);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < technicians; t++) {
                Actor tech = crew.get(t);
                long van = vans.get(t);
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int round = 0; round < rounds; round++) {
                        try {
                            w.ledger.transfer(w.warehouse, van, w.part, qty("1"), tech);
                            loads.incrementAndGet();
                        } catch (InsufficientStockException e) {
                            continue;
                        }
                        w.ledger.consume(van, w.part, qty("1"), w.workOrder, tech);
                        uses.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(loads.get()).isEqualTo(10);
        assertThat(uses.get()).isEqualTo(10);
        assertThat(w.ledger.level(w.warehouse, w.part).onHand()).isEqualByComparingTo("0");
        assertThat(w.ledgerBalance(w.warehouse)).isEqualByComparingTo("0");
        for (long van : vans) {
            assertThat(w.ledger.level(van, w.part).onHand()).isEqualByComparingTo("0");
            assertThat(w.ledgerBalance(van)).isEqualByComparingTo("0");
        }
        assertThat(w.ledger.movementsOfPart(w.part, 100)).filteredOn(m -> m.kind() == StockMovementKind.TRANSFER)
                .hasSize(loads.get());
        assertThat(w.ledger.movementsOfPart(w.part, 100)).filteredOn(m -> m.kind() == StockMovementKind.CONSUME)
                .hasSize(uses.get());
        assertThat(w.dsl.fetchCount(STOCK_LEVEL, STOCK_LEVEL.ON_HAND.lt(BigDecimal.ZERO))).isZero();
        assertThat(w.dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("stock_movement"))).isEqualTo(1 + loads.get() + uses.get());
    }

    private enum Outcome { DONE, INSUFFICIENT }

    /** Starts all callers at the same instant (a latch), so they really contend for the same row. */
    private List<Outcome> race(Callable<?> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        call.call();
                        return Outcome.DONE;
                    } catch (InsufficientStockException e) {
                        return Outcome.INSUFFICIENT;
                    }
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}

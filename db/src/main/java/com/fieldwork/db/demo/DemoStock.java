package com.fieldwork.db.demo;

import com.fieldwork.core.inventory.StockMovementKind;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.jooq.tables.records.StockLevelRecord;
import com.fieldwork.db.jooq.tables.records.StockMovementRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.STOCK_RESERVATION;

/**
 * The demo's stock movements, kept the way the real system must: every change is a ledger row, no
 * location ever goes below zero, and stock_level is exactly the running total of the ledger.
 * Warehouses are stocked from suppliers, vans from their branch's warehouse, and each finished job
 * consumes its parts from the technician's van, topped up from the warehouse when it runs short.
 */
final class DemoStock {

    /** Warehouse parts left under their reorder point by {@link #restockWarehouses}. */
    static final int LEFT_LOW = 3;

    private final CompanyModel model;
    private final Instant now;
    private final SplittableRandom random;
    private final Map<Long, Map<Long, BigDecimal>> onHand = new TreeMap<>();
    private final List<StockMovementRecord> movements = new ArrayList<>();
    private final long storeman;

    DemoStock(CompanyModel model, Instant now, SplittableRandom random) {
        this.model = model;
        this.now = now;
        this.random = random;
        this.storeman = model.user(Role.OPERATIONS_MANAGER);
    }

    /** Opening stock before the demo window: every part in every warehouse, each van loaded for its trade. */
    void stockUp(Iterable<Long> partIds) {
        Instant received = now.minus(Duration.ofDays(DemoJobPlanner.PAST_DAYS + 10));
        for (long warehouse : new TreeMap<>(model.warehouseByBranch).values()) {
            for (long part : partIds) {
                move(StockMovementKind.RECEIVE, part, null, warehouse, BigDecimal.valueOf(20 + random.nextInt(100)),
                        null, "Opening stock", received);
            }
        }
        Instant loaded = received.plus(Duration.ofDays(2));
        for (CompanyModel.Technician tech : model.technicians) {
            Map<Long, BigDecimal> load = new TreeMap<>();
            model.templates.stream().filter(t -> tech.qualified(t, loaded.atZone(model.zone).toLocalDate()))
                    .forEach(t -> t.parts().forEach((part, quantity) -> load.merge(part, quantity, BigDecimal::add)));
            long warehouse = model.warehouseByBranch.get(tech.branchId());
            load.forEach((part, quantity) -> {
                BigDecimal vanLoad = quantity.multiply(BigDecimal.valueOf(2 + random.nextInt(3)));
                ensure(warehouse, part, vanLoad, received);
                transfer(part, warehouse, tech.vanId(), vanLoad, loaded);
            });
        }
    }

    /** Books what finished jobs used, in the order they finished. */
    void consume(List<WorkOrderRows.Consumption> consumptions) {
        List<WorkOrderRows.Consumption> inOrder = new ArrayList<>(consumptions);
        inOrder.sort(Comparator.comparing(WorkOrderRows.Consumption::at));
        for (WorkOrderRows.Consumption c : inOrder) {
            if (level(c.vanId(), c.partId()).compareTo(c.quantity()) < 0) {
                long warehouse = model.warehouseByBranch.get(c.branchId());
                BigDecimal refill = c.quantity().multiply(BigDecimal.valueOf(4));
                ensure(warehouse, c.partId(), refill, c.at().minus(Duration.ofDays(2)));
                transfer(c.partId(), warehouse, c.vanId(), refill, c.at().minus(Duration.ofHours(14)));
            }
            StockMovementRecord row = move(StockMovementKind.CONSUME, c.partId(), c.vanId(), null, c.quantity(),
                    c.workOrderId(), null, c.at());
            row.setActorId(c.actorId());
        }
    }

    /**
     * Yesterday's supplier deliveries: every warehouse part whose available stock (on hand less the active
     * reservations already written) fell under the part's reorder point is filled to three times it, except the
     * {@link #LEFT_LOW} furthest under, which are still waiting for their order, so the low-stock list has a few.
     */
    void restockWarehouses(DSLContext tx) {
        Map<Long, BigDecimal> reorderPoints = new TreeMap<>();
        tx.select(PART.ID, PART.REORDER_POINT).from(PART).forEach(r -> reorderPoints.put(r.value1(), r.value2()));
        Map<String, BigDecimal> reserved = new TreeMap<>();
        tx.select(STOCK_RESERVATION.LOCATION_ID, STOCK_RESERVATION.PART_ID, DSL.sum(STOCK_RESERVATION.QUANTITY))
                .from(STOCK_RESERVATION).where(STOCK_RESERVATION.STATUS.eq("ACTIVE"))
                .groupBy(STOCK_RESERVATION.LOCATION_ID, STOCK_RESERVATION.PART_ID)
                .forEach(r -> reserved.put(r.value1() + ":" + r.value2(), r.value3()));
        record Low(long warehouse, long part, BigDecimal available, BigDecimal reorderPoint, BigDecimal reserved) {
            double ratio() {
                return available.doubleValue() / reorderPoint.doubleValue();
            }
        }
        List<Low> low = new ArrayList<>();
        for (long warehouse : new TreeMap<>(model.warehouseByBranch).values()) {
            onHand.getOrDefault(warehouse, Map.of()).forEach((part, level) -> {
                BigDecimal point = reorderPoints.getOrDefault(part, BigDecimal.ZERO);
                BigDecimal held = reserved.getOrDefault(warehouse + ":" + part, BigDecimal.ZERO);
                if (point.signum() > 0 && level.subtract(held).compareTo(point) < 0) {
                    low.add(new Low(warehouse, part, level.subtract(held), point, held));
                }
            });
        }
        low.sort(Comparator.comparingDouble(Low::ratio).thenComparing(Low::warehouse).thenComparing(Low::part));
        Instant delivered = now.minus(Duration.ofDays(1));
        for (Low l : low.subList(Math.min(LEFT_LOW, low.size()), low.size())) {
            BigDecimal fill = l.reorderPoint().multiply(BigDecimal.valueOf(3)).subtract(l.available());
            move(StockMovementKind.RECEIVE, l.part(), null, l.warehouse(), fill, null, "Supplier delivery", delivered);
        }
    }

    void insert(DSLContext tx) {
        BulkInsert.insert(tx, movements);
        List<StockLevelRecord> levels = new ArrayList<>();
        onHand.forEach((location, parts) -> parts.forEach((part, quantity) -> levels.add(new StockLevelRecord()
                .setLocationId(location).setPartId(part).setOnHand(quantity).setVersion(0L))));
        BulkInsert.insert(tx, levels);
    }

    int movements() {
        return movements.size();
    }

    /** A supplier delivery of ten times what is needed when the warehouse has less than that. */
    private void ensure(long warehouse, long part, BigDecimal needed, Instant at) {
        if (level(warehouse, part).compareTo(needed) < 0) {
            move(StockMovementKind.RECEIVE, part, null, warehouse, needed.multiply(BigDecimal.TEN), null,
                    "Supplier delivery", at);
        }
    }

    private void transfer(long part, long from, long to, BigDecimal quantity, Instant at) {
        move(StockMovementKind.TRANSFER, part, from, to, quantity, null, "Van restock", at);
    }

    private StockMovementRecord move(StockMovementKind kind, long part, Long from, Long to, BigDecimal quantity,
                                     Long workOrderId, String reason, Instant at) {
        if (from != null) {
            BigDecimal left = level(from, part).subtract(quantity);
            if (left.signum() < 0) {
                throw new IllegalStateException("Demo stock of part " + part + " at location " + from + " would go negative");
            }
            onHand.get(from).put(part, left);
        }
        if (to != null) {
            onHand.computeIfAbsent(to, k -> new TreeMap<>()).merge(part, quantity, BigDecimal::add);
        }
        StockMovementRecord row = new StockMovementRecord().setPartId(part).setKind(kind.name())
                .setFromLocationId(from).setToLocationId(to).setQuantity(quantity).setWorkOrderId(workOrderId)
                .setReason(reason).setActorId(storeman).setOccurredAt(at).setClientId(null);
        movements.add(row);
        return row;
    }

    private BigDecimal level(long location, long part) {
        return onHand.computeIfAbsent(location, k -> new TreeMap<>()).getOrDefault(part, BigDecimal.ZERO);
    }
}

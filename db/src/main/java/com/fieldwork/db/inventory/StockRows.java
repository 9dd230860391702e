package com.fieldwork.db.inventory;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.inventory.ReservationStatus;
import com.fieldwork.core.inventory.StockMovementKind;
import com.fieldwork.db.jooq.tables.records.StockLocationRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static com.fieldwork.db.jooq.Tables.STOCK_LOCATION;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.STOCK_RESERVATION;

/** The stock_level rows a ledger transaction reads, locks and moves; always called inside that transaction. */
final class StockRows {

    private static final String DUPLICATE_KEY = "23505";

    private StockRows() {
    }

    static StockLocationRecord location(DSLContext tx, long locationId) {
        StockLocationRecord location = tx.selectFrom(STOCK_LOCATION).where(STOCK_LOCATION.ID.eq(locationId)).fetchOne();
        if (location == null) {
            throw new NotFoundException("stock location", locationId);
        }
        return location;
    }

    static String partSku(DSLContext tx, long partId) {
        String sku = tx.select(PART.SKU).from(PART).where(PART.ID.eq(partId)).fetchOne(PART.SKU);
        if (sku == null) {
            throw new NotFoundException("part", partId);
        }
        return sku;
    }

    /**
     * Locks the part's level at each location, in location order so that two transfers in opposite
     * directions cannot deadlock, and returns on-hand per location. A missing row is first inserted at
     * zero, so the very first receipt has a row to lock too; the insert rolls back with a failed use case.
     */
    static Map<Long, BigDecimal> lock(DSLContext tx, long partId, Long... locationIds) {
        List<Long> ordered = Stream.of(locationIds).distinct().sorted(Comparator.naturalOrder()).toList();
        ordered.forEach(locationId -> insertIfAbsent(tx, locationId, partId));
        Map<Long, BigDecimal> onHand = new LinkedHashMap<>();
        tx.select(STOCK_LEVEL.LOCATION_ID, STOCK_LEVEL.ON_HAND).from(STOCK_LEVEL)
                .where(STOCK_LEVEL.PART_ID.eq(partId).and(STOCK_LEVEL.LOCATION_ID.in(ordered)))
                .orderBy(STOCK_LEVEL.LOCATION_ID)
                .forUpdate()
                .fetch()
                .forEach(r -> onHand.put(r.value1(), r.value2()));
        return onHand;
    }

    private static void insertIfAbsent(DSLContext tx, long locationId, long partId) {
        try {
            tx.insertInto(STOCK_LEVEL, STOCK_LEVEL.LOCATION_ID, STOCK_LEVEL.PART_ID, STOCK_LEVEL.ON_HAND)
                    .values(locationId, partId, BigDecimal.ZERO)
                    .onDuplicateKeyIgnore()
                    .execute();
        } catch (DataAccessException e) {
            // PostgreSQL's ON CONFLICT waits for a concurrent first insert and then does nothing; H2's
            // emulation reports the duplicate instead. Either way the row now exists, which is all we need.
            if (!DUPLICATE_KEY.equals(e.sqlState())) {
                throw e;
            }
        }
    }

    static void add(DSLContext tx, long locationId, long partId, BigDecimal delta) {
        tx.update(STOCK_LEVEL)
                .set(STOCK_LEVEL.ON_HAND, STOCK_LEVEL.ON_HAND.plus(delta))
                .set(STOCK_LEVEL.VERSION, STOCK_LEVEL.VERSION.plus(1))
                .where(STOCK_LEVEL.LOCATION_ID.eq(locationId).and(STOCK_LEVEL.PART_ID.eq(partId)))
                .execute();
    }

    /** Active reservations of the part at the location, optionally only those of one work order. */
    static BigDecimal reserved(DSLContext tx, long locationId, long partId, Long workOrderId) {
        var condition = STOCK_RESERVATION.LOCATION_ID.eq(locationId)
                .and(STOCK_RESERVATION.PART_ID.eq(partId))
                .and(STOCK_RESERVATION.STATUS.eq(ReservationStatus.ACTIVE.name()));
        if (workOrderId != null) {
            condition = condition.and(STOCK_RESERVATION.WORK_ORDER_ID.eq(workOrderId));
        }
        return tx.select(DSL.coalesce(DSL.sum(STOCK_RESERVATION.QUANTITY), BigDecimal.ZERO))
                .from(STOCK_RESERVATION).where(condition).fetchSingle().value1();
    }

    /**
     * What a job used of a part and has not returned yet: its CONSUME movements less its RETURN movements
     * that came back from the job (no source location).
     */
    static BigDecimal usedOnJob(DSLContext tx, long workOrderId, long partId) {
        Field<BigDecimal> signed = DSL.when(STOCK_MOVEMENT.KIND.eq(StockMovementKind.CONSUME.name()), STOCK_MOVEMENT.QUANTITY)
                .otherwise(STOCK_MOVEMENT.QUANTITY.neg());
        return tx.select(DSL.coalesce(DSL.sum(signed), BigDecimal.ZERO)).from(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.WORK_ORDER_ID.eq(workOrderId).and(STOCK_MOVEMENT.PART_ID.eq(partId))
                        .and(STOCK_MOVEMENT.KIND.eq(StockMovementKind.CONSUME.name())
                                .or(STOCK_MOVEMENT.KIND.eq(StockMovementKind.RETURN.name())
                                        .and(STOCK_MOVEMENT.FROM_LOCATION_ID.isNull()))))
                .fetchSingle().value1();
    }

    /** The reserved amount of each stock_level row, for reads that list levels. */
    static Field<BigDecimal> reservedOfLevel() {
        return DSL.field(DSL.select(DSL.coalesce(DSL.sum(STOCK_RESERVATION.QUANTITY), BigDecimal.ZERO))
                .from(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.LOCATION_ID.eq(STOCK_LEVEL.LOCATION_ID)
                        .and(STOCK_RESERVATION.PART_ID.eq(STOCK_LEVEL.PART_ID))
                        .and(STOCK_RESERVATION.STATUS.eq(ReservationStatus.ACTIVE.name()))));
    }

    /** stock_level is one row per (location, part); the change feed names it by both. */
    static String levelId(long locationId, long partId) {
        return locationId + ":" + partId;
    }
}

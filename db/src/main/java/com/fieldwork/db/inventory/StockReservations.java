package com.fieldwork.db.inventory;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.inventory.ReservationStatus;
import com.fieldwork.core.inventory.StockReservation;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.StockReservationRecord;
import com.fieldwork.db.support.OpenWorkOrders;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.fieldwork.db.jooq.Tables.STOCK_RESERVATION;

/**
 * Reservation rows of the ledger. Writers are called inside a ledger transaction that already holds
 * the lock on the stock_level row the reservation belongs to, so reserved amounts cannot race either.
 */
final class StockReservations {

    private static final String ENTITY = "stock_reservation";

    private final DSLContext dsl;
    private final Clock clock;

    StockReservations(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    StockReservation create(DSLContext tx, long workOrderId, long locationId, long partId, BigDecimal qty, Actor actor) {
        Instant now = clock.instant();
        StockReservationRecord row = tx.newRecord(STOCK_RESERVATION)
                .setWorkOrderId(workOrderId).setLocationId(locationId).setPartId(partId).setQuantity(qty)
                .setStatus(ReservationStatus.ACTIVE.name()).setCreatedBy(actor.userId()).setCreatedAt(now);
        row.store();
        AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "reserve", null, row, null);
        return StockMapper.toReservation(row);
    }

    StockReservation release(DSLContext tx, long reservationId, Actor actor) {
        StockReservationRecord before = tx.selectFrom(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.ID.eq(reservationId)).fetchOne();
        if (before == null) {
            throw new NotFoundException("stock reservation", reservationId);
        }
        // The work order, then the level, as every other ledger write locks them, so the order stays the same
        // everywhere; a closed job's reservations are part of its signed-off record.
        OpenWorkOrders.lock(tx, before.getWorkOrderId(), "releasing its parts reservation");
        StockRows.lock(tx, before.getPartId(), before.getLocationId());
        StockReservationRecord row = tx.selectFrom(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.ID.eq(reservationId)).forUpdate().fetchSingle();
        if (!ReservationStatus.ACTIVE.name().equals(row.getStatus())) {
            throw new ConflictException("Stock reservation " + reservationId + " is already "
                    + row.getStatus().toLowerCase(java.util.Locale.ROOT) + " and holds no stock to release");
        }
        StockReservationRecord old = row.into(STOCK_RESERVATION);
        row.setStatus(ReservationStatus.RELEASED.name());
        row.update();
        Instant now = clock.instant();
        AuditTrail.record(tx, actor, now, ENTITY, reservationId, ChangeOperation.UPDATE, "release", old, row, null);
        return StockMapper.toReservation(row);
    }

    /**
     * Uses up the work order's active reservations at the location, oldest first: a fully used one
     * becomes CONSUMED, a partly used one keeps holding the rest.
     */
    void consume(DSLContext tx, long workOrderId, long locationId, long partId, BigDecimal used, Actor actor, Instant now) {
        BigDecimal left = used;
        List<StockReservationRecord> active = tx.selectFrom(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.WORK_ORDER_ID.eq(workOrderId)
                        .and(STOCK_RESERVATION.LOCATION_ID.eq(locationId))
                        .and(STOCK_RESERVATION.PART_ID.eq(partId))
                        .and(STOCK_RESERVATION.STATUS.eq(ReservationStatus.ACTIVE.name())))
                .orderBy(STOCK_RESERVATION.ID)
                .fetch();
        for (StockReservationRecord row : active) {
            if (left.signum() <= 0) {
                return;
            }
            StockReservationRecord old = row.into(STOCK_RESERVATION);
            if (row.getQuantity().compareTo(left) <= 0) {
                left = left.subtract(row.getQuantity());
                row.setStatus(ReservationStatus.CONSUMED.name());
            } else {
                row.setQuantity(row.getQuantity().subtract(left));
                left = BigDecimal.ZERO;
            }
            row.update();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.UPDATE, "consume", old, row, null);
        }
    }

    List<StockReservation> forWorkOrder(long workOrderId) {
        return dsl.selectFrom(STOCK_RESERVATION).where(STOCK_RESERVATION.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(STOCK_RESERVATION.ID)
                .fetch(StockMapper::toReservation);
    }
}

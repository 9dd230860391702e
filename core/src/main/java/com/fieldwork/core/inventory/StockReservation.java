package com.fieldwork.core.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Parts held at a location for a work order, so nobody else takes them before the job. */
public record StockReservation(long id, long workOrderId, long partId, long locationId, BigDecimal quantity,
                               ReservationStatus status, long createdBy, Instant createdAt) {

    public StockReservation {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

package com.fieldwork.core.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** One row of the stock ledger; stock levels are the running sum of these. */
public record StockMovement(long id, StockMovementKind kind, long partId, OptionalLong fromLocationId,
                            OptionalLong toLocationId, BigDecimal quantity, OptionalLong workOrderId,
                            Optional<String> reason, long actorId, Instant occurredAt) {

    public StockMovement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fromLocationId, "fromLocationId");
        Objects.requireNonNull(toLocationId, "toLocationId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

package com.fieldwork.core.inventory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much of a part a location holds.
 *
 * @param onHand   physically there, per the ledger
 * @param reserved promised to work orders by active reservations
 */
public record StockLevel(long locationId, long partId, BigDecimal onHand, BigDecimal reserved) {

    public StockLevel {
        Objects.requireNonNull(onHand, "onHand");
        Objects.requireNonNull(reserved, "reserved");
    }

    public static StockLevel empty(long locationId, long partId) {
        return new StockLevel(locationId, partId, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** What may still be taken or promised: on hand less what is reserved. */
    public BigDecimal available() {
        return onHand.subtract(reserved);
    }
}

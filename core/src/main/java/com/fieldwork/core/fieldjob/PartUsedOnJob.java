package com.fieldwork.core.fieldjob;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One movement of the stock ledger booked to a job, with the names a dispatcher reads it by.
 *
 * @param returned  true for parts given back from the job (a RETURN), which count against what was used
 * @param quantity  as recorded, always positive; {@link #signedQuantity()} gives the direction
 * @param location  the van or warehouse the parts came from (or went back to)
 * @param unitPrice the part's list price now: what the customer is charged per unit unless a price list says otherwise
 */
public record PartUsedOnJob(long movementId, long partId, String sku, String partName, String unit,
                            BigDecimal quantity, boolean returned, String locationCode, String locationName,
                            String byName, Instant at, BigDecimal unitPrice) {

    public PartUsedOnJob {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(partName, "partName");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(locationCode, "locationCode");
        Objects.requireNonNull(locationName, "locationName");
        Objects.requireNonNull(byName, "byName");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /** Used minus given back: a return is negative. */
    public BigDecimal signedQuantity() {
        return returned ? quantity.negate() : quantity;
    }

    public BigDecimal lineTotal() {
        return signedQuantity().multiply(unitPrice);
    }
}

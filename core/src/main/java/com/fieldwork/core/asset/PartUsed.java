package com.fieldwork.core.asset;

import java.math.BigDecimal;
import java.util.Objects;

/** A part that went into an asset on a job: consumed from stock, less what was returned. */
public record PartUsed(long partId, String sku, String name, BigDecimal quantity, String unit) {

    public PartUsed {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
    }
}

package com.fieldwork.core.catalog;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of one part: what a template or job needs, or what a movement moves. */
public record PartQuantity(long partId, BigDecimal quantity) {

    public PartQuantity {
        Objects.requireNonNull(quantity, "quantity");
        if (partId <= 0) {
            throw new ValidationException("partId", "A part id must be positive, got " + partId);
        }
        if (quantity.signum() <= 0) {
            throw new ValidationException("quantity", "A quantity must be more than zero, got " + quantity.toPlainString());
        }
        if (quantity.scale() > 3) {
            throw new ValidationException("quantity", "A quantity has at most 3 decimals, got " + quantity.toPlainString());
        }
    }
}

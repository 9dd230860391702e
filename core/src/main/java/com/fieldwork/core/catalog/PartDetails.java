package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;

/** What a user types for a part: used to create one and to edit one. */
public record PartDetails(String sku, String name, String unit, BigDecimal unitCost, BigDecimal unitPrice,
                          BigDecimal reorderPoint, boolean active) {

    public PartDetails {
        sku = Text.required("sku", sku, 40);
        name = Text.required("name", name, 200);
        unit = Text.required("unit", unit, 10);
        unitCost = Prices.nonNegative("unitCost", unitCost);
        unitPrice = Prices.nonNegative("unitPrice", unitPrice);
        Objects.requireNonNull(reorderPoint, "reorderPoint");
        if (reorderPoint.signum() < 0) {
            throw new ValidationException("reorderPoint", "A reorder point cannot be negative, got "
                    + reorderPoint.toPlainString());
        }
    }

    /** An active part that is reordered only by hand. */
    public static PartDetails of(String sku, String name, String unit, BigDecimal unitCost, BigDecimal unitPrice) {
        return new PartDetails(sku, name, unit, unitCost, unitPrice, BigDecimal.ZERO, true);
    }
}

package com.fieldwork.core.dispatch;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.inventory.StockQuantity;

import java.math.BigDecimal;

/**
 * A part a job needs and how much of it was already reserved for the job (held in a store or a van),
 * with the label a dispatcher recognises.
 */
public record NeededPart(long partId, String label, BigDecimal quantity, BigDecimal reserved) {

    public NeededPart {
        label = Text.required("label", label, 300);
        quantity = StockQuantity.positive("quantity", quantity);
        if (reserved == null || reserved.signum() < 0) {
            throw new ValidationException("reserved",
                    "A reserved quantity cannot be negative, got " + reserved);
        }
    }
}

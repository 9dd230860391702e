package com.fieldwork.core.inventory;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;

/** The check every amount moved through the stock ledger needs; quantities are numeric(12,3) in SQL. */
public final class StockQuantity {

    private static final int MAX_SCALE = 3;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(9);

    private StockQuantity() {
    }

    /** More than zero, at most 3 decimals, below 10^9; a direction is given by the operation, never a sign. */
    public static BigDecimal positive(BigDecimal quantity) {
        return positive("quantity", quantity);
    }

    public static BigDecimal positive(String field, BigDecimal quantity) {
        if (quantity == null) {
            throw new ValidationException(field, "A quantity is required");
        }
        if (quantity.signum() <= 0) {
            throw new ValidationException(field, "A quantity must be more than zero, got " + quantity.toPlainString());
        }
        return bounded(field, quantity);
    }

    /** As people write a quantity: "2", "2.5", never "2.000" or "2E+1". */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A count correction: either sign, never zero (a zero correction is no correction). */
    public static BigDecimal nonZero(String field, BigDecimal delta) {
        Objects.requireNonNull(delta, field);
        if (delta.signum() == 0) {
            throw new ValidationException(field, "A correction of zero changes nothing; give the difference counted");
        }
        return bounded(field, delta);
    }

    private static BigDecimal bounded(String field, BigDecimal quantity) {
        if (quantity.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new ValidationException(field, "A quantity has at most 3 decimals, got " + quantity.toPlainString());
        }
        if (quantity.abs().compareTo(LIMIT) >= 0) {
            throw new ValidationException(field, "A quantity must be below " + LIMIT.toPlainString() + ", got "
                    + quantity.toPlainString());
        }
        return quantity;
    }
}

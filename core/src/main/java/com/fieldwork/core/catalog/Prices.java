package com.fieldwork.core.catalog;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;

/** The checks every price or cost in the catalog needs: money is numeric(14,2) and never negative. */
public final class Prices {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private Prices() {
    }

    /** Zero or more, at most 2 decimals, below 10^12; returns the value unchanged. */
    public static BigDecimal nonNegative(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0) {
            throw new ValidationException(field, capitalised(field) + " cannot be negative, got " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(field, capitalised(field) + " has at most 2 decimals, got " + value.toPlainString());
        }
        if (value.compareTo(LIMIT) >= 0) {
            throw new ValidationException(field, capitalised(field) + " is too large, got " + value.toPlainString());
        }
        return value;
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}

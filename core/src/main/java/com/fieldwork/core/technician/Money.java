package com.fieldwork.core.technician;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;

/** Hourly amounts as the database keeps them: two decimals, never negative. */
final class Money {

    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    static BigDecimal hourly(String field, BigDecimal amount) {
        Objects.requireNonNull(amount, field);
        if (amount.signum() < 0) {
            throw new ValidationException(field, field + " cannot be negative, got " + amount.toPlainString());
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(field, field + " has at most two decimals, got " + amount.toPlainString());
        }
        if (amount.compareTo(MAX) > 0) {
            throw new ValidationException(field, field + " is too large: " + amount.toPlainString());
        }
        return amount.setScale(2);
    }
}

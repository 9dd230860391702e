package com.fieldwork.core.billing;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Where money is rounded, in one place. Rounding is {@link RoundingMode#HALF_UP} (commercial rounding, what
 * tax offices and customers check with a calculator), never banker's rounding, and it happens exactly twice:
 * <ol>
 *   <li>per line: {@code quantity × unit price} to cents, so each printed line multiplies out as printed;</li>
 *   <li>per tax rate: {@code sum of line totals at that rate × rate} to cents, once per rate, so tax is not
 *       rounded line by line (which drifts by a cent per line on long invoices).</li>
 * </ol>
 * Subtotal, tax total and total are plain sums of already rounded amounts. Labor hours are rounded to
 * hundredths of an hour before pricing, so the quantity shown is the quantity charged.
 */
public final class BillingMath {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final int MONEY_SCALE = 2;
    public static final int QUANTITY_SCALE = 3;
    public static final int RATE_SCALE = 4;
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");
    private static final BigDecimal QUANTITY_LIMIT = new BigDecimal("1000000000");
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private BillingMath() {
    }

    /** Rounding 1: a line's total in cents. */
    public static BigDecimal lineTotal(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(MONEY_SCALE, ROUNDING);
    }

    /** Rounding 2: the tax on all line totals that share one rate, in cents. */
    public static BigDecimal tax(BigDecimal base, BigDecimal rate) {
        return base.multiply(rate).setScale(MONEY_SCALE, ROUNDING);
    }

    /** Billable minutes as hours to 0.01 h (36 seconds): what the labor line shows and charges. */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, ROUNDING);
    }

    /** An amount as SQL's numeric(14,2) can hold it: at most two decimals; scaled to exactly two. */
    public static BigDecimal money(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.stripTrailingZeros().scale() > MONEY_SCALE) {
            throw new ValidationException(field, label(field) + " has at most 2 decimals, got " + value.toPlainString());
        }
        if (value.abs().compareTo(MONEY_LIMIT) >= 0) {
            throw new ValidationException(field, label(field) + " is too large, got " + value.toPlainString());
        }
        return value.setScale(MONEY_SCALE, ROUNDING);
    }

    /** A positive quantity with at most three decimals (numeric(12,3)). */
    public static BigDecimal quantity(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() <= 0) {
            throw new ValidationException(field, label(field) + " must be more than zero, got " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            throw new ValidationException(field, label(field) + " has at most 3 decimals, got " + value.toPlainString());
        }
        if (value.compareTo(QUANTITY_LIMIT) >= 0) {
            throw new ValidationException(field, label(field) + " is too large, got " + value.toPlainString());
        }
        return value.setScale(QUANTITY_SCALE, ROUNDING);
    }

    /** A tax rate as a fraction: 0 ≤ rate < 1, at most four decimals (0.0881 is 8.81 %). */
    public static BigDecimal taxRate(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new ValidationException(field, label(field) + " must be a fraction from 0 up to 1 (0.0881 for 8.81 %), got "
                    + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > RATE_SCALE) {
            throw new ValidationException(field, label(field) + " has at most 4 decimals, got " + value.toPlainString());
        }
        return value.setScale(RATE_SCALE, ROUNDING);
    }

    private static String label(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}

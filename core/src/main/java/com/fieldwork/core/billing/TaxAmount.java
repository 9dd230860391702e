package com.fieldwork.core.billing;

import java.math.BigDecimal;
import java.util.Objects;

/** The tax at one rate: the sum of line totals at that rate, and the tax on it rounded once. */
public record TaxAmount(BigDecimal rate, BigDecimal base, BigDecimal tax) {

    public TaxAmount {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(tax, "tax");
    }
}

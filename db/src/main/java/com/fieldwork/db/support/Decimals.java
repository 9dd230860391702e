package com.fieldwork.db.support;

import java.math.BigDecimal;

/** Numbers as people gave them, not as the column's scale pads them. */
public final class Decimals {

    private Decimals() {
    }

    /** numeric(14,4) pads to four decimals; 20.5 was given, not 20.5000 (and 100 stays 100, not 1E+2). */
    public static BigDecimal asGiven(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

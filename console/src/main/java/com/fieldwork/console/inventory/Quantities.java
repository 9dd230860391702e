package com.fieldwork.console.inventory;

import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.inventory.StockQuantity;

import java.math.BigDecimal;

/** Quantities as people type and read them: "2", "2.5", never "2.000" or "2E+1". */
public final class Quantities {

    private Quantities() {
    }

    public static String plain(BigDecimal value) {
        return StockQuantity.plain(value);
    }

    /** The number in {@code text}, or a message for the field saying what is wrong with it. */
    public static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "Enter a quantity");
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "\"" + text.strip() + "\" is not a number");
        }
    }
}

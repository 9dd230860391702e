package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A price list to create; currency is the ISO 4217 code. */
public record NewPriceList(String name, String currency, LocalDate validFrom, Optional<LocalDate> validUntil) {

    public NewPriceList {
        name = Text.required("name", name, 200);
        currency = Text.required("currency", currency, 3);
        if (!currency.matches("[A-Z]{3}")) {
            throw new ValidationException("currency", "Currency must be a three-letter ISO code such as USD, got '"
                    + currency + "'");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validUntil.isPresent() && validUntil.get().isBefore(validFrom)) {
            throw new ValidationException("validUntil", "A price list cannot end (" + validUntil.get()
                    + ") before it starts (" + validFrom + ")");
        }
    }
}

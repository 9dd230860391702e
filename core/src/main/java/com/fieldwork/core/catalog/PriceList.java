package com.fieldwork.core.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A stored price list with its rows. */
public record PriceList(long id, String name, String currency, LocalDate validFrom, Optional<LocalDate> validUntil,
                        List<PriceListItem> items) {

    public PriceList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        items = List.copyOf(items);
    }
}

package com.fieldwork.core.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/** A stored price list row. */
public record PriceListItem(long id, PriceItemKind kind, OptionalLong partId, OptionalLong serviceTypeId,
                            BigDecimal unitPrice) {

    public PriceListItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(serviceTypeId, "serviceTypeId");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}

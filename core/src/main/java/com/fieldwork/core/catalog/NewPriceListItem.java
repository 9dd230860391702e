package com.fieldwork.core.catalog;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/** One row of a price list: a part rows names the part, labour and fee rows may name a service type. */
public record NewPriceListItem(PriceItemKind kind, OptionalLong partId, OptionalLong serviceTypeId,
                               BigDecimal unitPrice) {

    public NewPriceListItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(serviceTypeId, "serviceTypeId");
        unitPrice = Prices.nonNegative("unitPrice", unitPrice);
        if (kind == PriceItemKind.PART && partId.isEmpty()) {
            throw new ValidationException("partId", "A part price needs the part");
        }
        if (kind != PriceItemKind.PART && partId.isPresent()) {
            throw new ValidationException("partId", "Only a part price names a part, not a " + kind + " price");
        }
    }

    public static NewPriceListItem part(long partId, BigDecimal unitPrice) {
        return new NewPriceListItem(PriceItemKind.PART, OptionalLong.of(partId), OptionalLong.empty(), unitPrice);
    }
}

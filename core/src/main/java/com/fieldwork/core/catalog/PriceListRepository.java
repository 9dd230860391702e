package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Actor;

import java.math.BigDecimal;
import java.util.Optional;

/** Price lists and their rows. Writes are audited and on the change feed. */
public interface PriceListRepository {

    /** @throws com.fieldwork.core.common.ConflictException when the name is taken */
    PriceList create(NewPriceList priceList, Actor actor);

    Optional<PriceList> find(long id);

    /**
     * Adds a row. A list prices each part once: a second row for the same part is refused.
     *
     * @throws com.fieldwork.core.common.NotFoundException when the list does not exist
     */
    PriceListItem addItem(long priceListId, NewPriceListItem item, Actor actor);

    /**
     * The list's price for the part, if the list has one. Callers fall back to the part's own unit
     * price; that choice is pricing's, not the catalog's.
     */
    Optional<BigDecimal> priceOf(long priceListId, long partId);
}

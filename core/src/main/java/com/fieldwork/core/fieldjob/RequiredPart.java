package com.fieldwork.core.fieldjob;

import com.fieldwork.core.inventory.StockLevel;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A part the job needs, so the technician knows before driving off whether it is on the van.
 *
 * @param reserved what active reservations hold for this job, at any location
 * @param inVan    the technician's van's level of the part (zero when the van never held it);
 *                 empty when the technician has no van
 */
public record RequiredPart(long partId, String sku, String name, String unit, BigDecimal quantity,
                           BigDecimal reserved, Optional<StockLevel> inVan) {

    public RequiredPart {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(inVan, "inVan");
    }
}

package com.fieldwork.core.inventory;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A stored warehouse or van.
 *
 * @param allowNegative when true, consumption may take on-hand below zero (a van whose stock is
 *                      only counted, not tracked); the ledger still records every movement
 */
public record StockLocation(long id, String code, String name, StockLocationKind kind, long branchId,
                            OptionalLong technicianId, boolean allowNegative) {

    public StockLocation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(technicianId, "technicianId");
    }
}

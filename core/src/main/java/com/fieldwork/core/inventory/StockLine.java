package com.fieldwork.core.inventory;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A part held at a location, as the inventory screen and the low-stock rule see it.
 *
 * @param reorderPoint the catalogue's buying trigger for the part (zero: reordered by hand)
 */
public record StockLine(StockLocation location, long partId, String sku, String partName, String unit,
                        BigDecimal onHand, BigDecimal reserved, BigDecimal reorderPoint) {

    public StockLine {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(partName, "partName");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(onHand, "onHand");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(reorderPoint, "reorderPoint");
    }

    /** On hand less what is reserved: what may still be taken or promised. */
    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    /**
     * Below the reorder point in a warehouse. Vans are not measured against the catalogue's reorder point: a van
     * carries what its jobs need, which parts readiness judges per job, and they are refilled from a warehouse.
     */
    public boolean low() {
        return location.kind() == StockLocationKind.WAREHOUSE && reorderPoint.signum() > 0
                && available().compareTo(reorderPoint) < 0;
    }

    /** What this warehouse could give away and stay at its reorder point; zero for a van or a low store. */
    public BigDecimal surplus() {
        if (location.kind() != StockLocationKind.WAREHOUSE) {
            return BigDecimal.ZERO;
        }
        return available().subtract(reorderPoint).max(BigDecimal.ZERO);
    }

    /** "FLT-200 Filter 16x25". */
    public String partLabel() {
        return sku + " " + partName;
    }
}

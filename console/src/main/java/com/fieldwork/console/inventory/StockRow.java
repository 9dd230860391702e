package com.fieldwork.console.inventory;

import com.fieldwork.core.inventory.StockLine;

import java.math.BigDecimal;

/** A line of the stock table: one part at the selected location, its figures as text and whether it is low. */
public record StockRow(StockLine line, String part, String sku, String unit, String onHand, String reserved,
                       String available, String reorderPoint, boolean low) {

    static StockRow of(StockLine line) {
        return new StockRow(line, line.partName(), line.sku(), line.unit(), Quantities.plain(line.onHand()),
                Quantities.plain(line.reserved()), Quantities.plain(line.available()),
                line.reorderPoint().signum() == 0 ? "—" : Quantities.plain(line.reorderPoint()), line.low());
    }

    /** A part the location holds less than nothing of is shown, never hidden: someone must count it. */
    public boolean negative() {
        return line.onHand().compareTo(BigDecimal.ZERO) < 0;
    }
}

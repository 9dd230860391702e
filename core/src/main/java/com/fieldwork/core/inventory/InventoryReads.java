package com.fieldwork.core.inventory;

import java.util.List;
import java.util.Optional;

/**
 * What the inventory screen reads, set-based: every location's stock in one query, so the low-stock rule sees
 * all warehouses of a branch together.
 */
public interface InventoryReads {

    /** Every warehouse and van, by branch, kind (warehouses first) and code. */
    List<StockLocation> locations();

    /** Every part each location has held, with on hand, reserved and the part's reorder point; by location, SKU. */
    List<StockLine> stock();

    /** The location's ledger, newest first, at most {@code limit} rows (1–1000). */
    List<MovementLine> movements(long locationId, int limit);

    /**
     * A ledger row as people read it.
     *
     * @param workOrderNumber the job it was used on or came back from
     */
    record MovementLine(StockMovement movement, String partLabel, String actorName, Optional<String> workOrderNumber) {
    }
}

package com.fieldwork.core.inventory;

/** The kinds of entry in the stock ledger. */
public enum StockMovementKind {
    /** Into a location from a supplier: only a destination. */
    RECEIVE,
    /** Between two locations, e.g. warehouse to van. */
    TRANSFER,
    /** Used on a work order: only a source. */
    CONSUME,
    /**
     * Back into stock: unused parts from a job (only a destination, the work order named), or a van's
     * surplus back to a warehouse (source and destination).
     */
    RETURN,
    /** A correction after a count, with a reason: source or destination. */
    ADJUST
}

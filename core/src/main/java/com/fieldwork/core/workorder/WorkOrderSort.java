package com.fieldwork.core.workorder;

/**
 * The orders a work-order list can be read in. Each is a total order (the id breaks ties), so a keyset
 * cursor taken from the last row of a page says exactly where the next page starts.
 */
public enum WorkOrderSort {
    /** Created most recently first; the default. */
    NEWEST("Newest first"),
    /** Created longest ago first. */
    OLDEST("Oldest first"),
    /** Emergency first, then high, normal, low; within one priority newest first. */
    PRIORITY("Most urgent first"),
    /** SLA resolution due soonest first; orders without an SLA come last, oldest id first among equals. */
    RESOLVE_BY("Resolve by, soonest first"),
    /** By work order number (WO-2026-000123), ascending. */
    NUMBER("By number");

    private final String label;

    WorkOrderSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

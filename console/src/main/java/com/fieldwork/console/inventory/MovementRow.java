package com.fieldwork.console.inventory;

/**
 * A ledger row as seen from the selected location: "+4" in, "−2" out, and where it came from or went to.
 *
 * @param counterpart the other location, "Supplier", the job's number, or the reason's holder
 */
public record MovementRow(String when, String kind, String part, String quantity, String counterpart, String by,
                          String reason) {
}

package com.fieldwork.console.workorder.records;

/** A line of the costing tab: a part or a labor entry with its cost and what it earns. */
public record CostRow(String what, String detail, String quantity, String cost, String revenue) {
}

package com.fieldwork.console.workorder.records;

/** One part movement booked to the job, as the parts tab lists it; a part given back reads as a negative quantity. */
public record PartRow(String sku, String name, String quantity, String location, String by, String when,
                      String unitPrice, String lineTotal) {
}

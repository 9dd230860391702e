package com.fieldwork.console.workorder.records;

/** One labor entry as the labor tab lists it. */
public record LaborRow(String technician, String time, String length, String kind, String note) {
}

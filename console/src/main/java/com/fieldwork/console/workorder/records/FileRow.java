package com.fieldwork.console.workorder.records;

/** A document on the job, as the files tab lists it. */
public record FileRow(long id, String name, String type, String size, String by, String when) {
}

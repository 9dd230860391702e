package com.fieldwork.core.schedule;

/** A visit's own state; the work order's status is the overall truth, a visit says what happened to one trip. */
public enum VisitStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}

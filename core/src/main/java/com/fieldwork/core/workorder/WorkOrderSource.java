package com.fieldwork.core.workorder;

/** Where a work order came from. */
public enum WorkOrderSource {
    MANUAL, PORTAL, API, RECURRING
}

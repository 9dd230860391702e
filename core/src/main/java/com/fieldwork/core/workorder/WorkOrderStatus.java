package com.fieldwork.core.workorder;

/** The states of a work order; the allowed moves between them are in {@link WorkOrderLifecycle}. */
public enum WorkOrderStatus {
    PENDING("Pending"),
    ASSIGNED("Assigned"),
    EN_ROUTE("En route"),
    ARRIVED("Arrived"),
    IN_PROGRESS("In progress"),
    WAITING_FOR_PARTS("Waiting for parts"),
    ON_HOLD("On hold"),
    COMPLETED("Completed"),
    CLOSED("Closed"),
    CANCELLED("Cancelled");

    private final String label;

    WorkOrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package com.fieldwork.core.workorder;

/** How urgent a work order is; declared from most to least urgent. */
public enum Priority {
    EMERGENCY("Emergency"),
    HIGH("High"),
    NORMAL("Normal"),
    LOW("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

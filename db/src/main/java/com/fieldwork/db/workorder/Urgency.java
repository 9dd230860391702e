package com.fieldwork.db.workorder;

import com.fieldwork.core.workorder.Priority;

/**
 * The stored {@code work_order.urgency} of a priority: 3 for emergency down to 0 for low, so the priority
 * sort is one descending index (see V10). A check constraint holds every row to this mapping.
 */
public final class Urgency {

    private Urgency() {
    }

    public static short of(Priority priority) {
        // Priority is declared from most to least urgent
        return (short) (Priority.values().length - 1 - priority.ordinal());
    }
}

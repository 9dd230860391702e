package com.fieldwork.core.intake;

import com.fieldwork.core.workorder.WorkOrder;

import java.util.Objects;

/**
 * @param created false when the external reference was seen before and {@code order} is the first one's
 */
public record IntakeResult(WorkOrder order, boolean created) {

    public IntakeResult {
        Objects.requireNonNull(order, "order");
    }
}

package com.fieldwork.core.intake;

import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderService;

import java.util.Objects;

/**
 * The ports one intake request writes through, all bound to one transaction: an inline customer, its site and
 * the work order commit together or not at all.
 */
public record IntakeScope(WorkOrderService workOrderService, WorkOrderRepository workOrders, IntakeLookups lookups) {

    public IntakeScope {
        Objects.requireNonNull(workOrderService, "workOrderService");
        Objects.requireNonNull(workOrders, "workOrders");
        Objects.requireNonNull(lookups, "lookups");
    }
}

package com.fieldwork.console.workorder;

import com.fieldwork.core.workorder.WorkOrder;

import java.util.Objects;

/** One line of the work-order list: the order with the names its ids stand for. */
public record WorkOrderRow(WorkOrder order, String customerName, String branchName) {
    public WorkOrderRow {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(branchName, "branchName");
    }

    public long id() {
        return order.id();
    }
}

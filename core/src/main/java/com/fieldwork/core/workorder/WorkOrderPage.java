package com.fieldwork.core.workorder;

import java.util.List;
import java.util.Optional;

/** One page of a {@link WorkOrderQuery}; {@code next} is empty on the last page. */
public record WorkOrderPage(List<WorkOrder> items, Optional<WorkOrderQuery.PageCursor> next) {

    public WorkOrderPage {
        items = List.copyOf(items);
    }
}

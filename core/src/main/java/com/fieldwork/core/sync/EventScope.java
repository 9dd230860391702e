package com.fieldwork.core.sync;

import com.fieldwork.core.field.ChecklistAnswers;
import com.fieldwork.core.field.LaborEntries;
import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderService;

import java.util.Objects;

/**
 * The use cases one event may call, all bound to the event's transaction, so that its effect and its
 * receipt commit or roll back together.
 *
 * @param workOrders  the usual rules (visibility, lifecycle) for status moves and notes
 * @param history     read access to a job's status history, for the newest recorded move
 * @param checklist   stamps answers with the event's client time, so a later answer can tell it is newer
 */
public record EventScope(WorkOrderService workOrders, WorkOrderRepository history, ChecklistAnswers checklist,
                         LaborEntries labor) {

    public EventScope {
        Objects.requireNonNull(workOrders, "workOrders");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(labor, "labor");
    }
}

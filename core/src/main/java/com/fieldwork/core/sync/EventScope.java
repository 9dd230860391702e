package com.fieldwork.core.sync;

import com.fieldwork.core.completion.JobCompletion;
import com.fieldwork.core.field.AttachmentRepository;
import com.fieldwork.core.field.ChecklistAnswers;
import com.fieldwork.core.field.LaborEntries;
import com.fieldwork.core.field.LocationPings;
import com.fieldwork.core.field.SignatureCapture;
import com.fieldwork.core.inventory.JobPartsUse;
import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderService;

import java.util.Objects;

/**
 * The use cases one event may call, all bound to the event's transaction, so that its effect and its
 * receipt commit or roll back together (the stock ledger's own transaction, for one, nests in it).
 *
 * @param workOrders  the usual rules (visibility, lifecycle) for status moves and notes
 * @param history     read access to a job's status history, for the newest recorded move
 * @param checklist   stamps answers with the event's client time, so a later answer can tell it is newer
 * @param parts       parts used, from the technician's van, once per client id
 * @param attachments finds the photos a completion names by their upload client ids
 * @param completion  completing with proof, as the completion route does
 */
public record EventScope(WorkOrderService workOrders, WorkOrderRepository history, ChecklistAnswers checklist,
                         LaborEntries labor, JobPartsUse parts, LocationPings pings, SignatureCapture signatures,
                         AttachmentRepository attachments, JobCompletion completion) {

    public EventScope {
        Objects.requireNonNull(workOrders, "workOrders");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(labor, "labor");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(pings, "pings");
        Objects.requireNonNull(signatures, "signatures");
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(completion, "completion");
    }
}

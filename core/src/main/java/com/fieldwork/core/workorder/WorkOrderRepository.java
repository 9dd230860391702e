package com.fieldwork.core.workorder;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.sla.SlaDue;

import java.util.List;
import java.util.Optional;

/**
 * Where work orders live. Each write is one transaction that also writes the status history,
 * the audit log and the change feed; rules are checked by {@link WorkOrderService} before.
 */
public interface WorkOrderRepository {

    /** Stores a new order in status Pending with the next number of the year. */
    WorkOrder create(NewWorkOrder order, Optional<SlaDue> slaDue, Actor actor);

    Optional<WorkOrder> find(long id);

    Optional<WorkOrder> findByNumber(WorkOrderNumber number);

    /** For intake: the order a CRM/ERP already sent under this reference, if any. */
    Optional<WorkOrder> findByExternalRef(WorkOrderSource source, String externalRef);

    /**
     * Moves the order to {@code change.target()} only if it is still at {@code expectedVersion}.
     *
     * @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when
     */
    default WorkOrder changeStatus(long id, long expectedVersion, StatusChange change, Actor actor) {
        WorkOrder current = find(id).orElseThrow(() -> new NotFoundException("work order", id));
        return changeStatus(current, expectedVersion, change, actor);
    }

    /**
     * The same move for a caller that has just read (and checked) the order: it is not read again, and
     * the answer is {@link WorkOrder#moved} of it. Nothing is written unless the stored order is still
     * at {@code expectedVersion}, which is also {@code current}'s version when nobody came in between.
     *
     * @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when
     */
    WorkOrder changeStatus(WorkOrder current, long expectedVersion, StatusChange change, Actor actor);

    /** @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when */
    WorkOrder edit(long id, long expectedVersion, WorkOrderEdit edit, Actor actor);

    WorkOrderNote addNote(long workOrderId, String body, boolean internal, Actor actor);

    List<WorkOrderNote> notes(long workOrderId);

    List<StatusHistoryEntry> history(long workOrderId);

    WorkOrderPage search(WorkOrderQuery query);
}

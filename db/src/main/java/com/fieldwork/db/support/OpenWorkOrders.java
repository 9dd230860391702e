package com.fieldwork.db.support;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.workorder.ClosedWorkOrders;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.jooq.DSLContext;
import org.jooq.Record2;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * The first statement of every write to a job's record: the work order row is locked for the rest of the
 * transaction and {@link ClosedWorkOrders} is asked with its status. The lock makes "close" and "add a note"
 * take turns: without it a note could commit just after the order was signed off, on a record already closed.
 */
public final class OpenWorkOrders {

    private OpenWorkOrders() {
    }

    /**
     * @param change what is being done, for the message ("adding a note")
     * @throws NotFoundException                                           when there is no such work order
     * @throws com.fieldwork.core.workorder.WorkOrderClosedException when it is closed
     */
    public static void lock(DSLContext tx, long workOrderId, String change) {
        Record2<String, String> row = tx.select(WORK_ORDER.NUMBER, WORK_ORDER.STATUS).from(WORK_ORDER)
                .where(WORK_ORDER.ID.eq(workOrderId)).forUpdate().fetchOne();
        if (row == null) {
            throw new NotFoundException("work order", workOrderId);
        }
        ClosedWorkOrders.requireOpen(WorkOrderNumber.parse(row.value1()), WorkOrderStatus.valueOf(row.value2()), change);
    }
}

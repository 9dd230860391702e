package com.fieldwork.db.field;

import com.fieldwork.db.support.OpenWorkOrders;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import org.jooq.DSLContext;

import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * The checks every field record makes before it is written: the work order exists and is not closed, and a visit named
 * with it is one of its own (the foreign keys alone would accept another job's visit).
 */
final class WorkOrderRefs {

    private WorkOrderRefs() {
    }

    /** @param change what is being recorded, for the message when the order is closed ("adding a photo") */
    static void require(DSLContext tx, long workOrderId, OptionalLong visitId, String change) {
        OpenWorkOrders.lock(tx, workOrderId, change);
        if (visitId.isPresent() && !tx.fetchExists(VISIT,
                VISIT.ID.eq(visitId.getAsLong()).and(VISIT.WORK_ORDER_ID.eq(workOrderId)))) {
            throw new ValidationException("visitId",
                    "Visit " + visitId.getAsLong() + " is not a visit of work order " + workOrderId);
        }
    }
}

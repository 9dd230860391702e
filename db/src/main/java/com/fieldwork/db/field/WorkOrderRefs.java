package com.fieldwork.db.field;

import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import org.jooq.DSLContext;

import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.VISIT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;

/**
 * The checks every field record makes before it is written: the work order exists, and a visit named
 * with it is one of its own (the foreign keys alone would accept another job's visit).
 */
final class WorkOrderRefs {

    private WorkOrderRefs() {
    }

    static void require(DSLContext tx, long workOrderId, OptionalLong visitId) {
        if (!tx.fetchExists(WORK_ORDER, WORK_ORDER.ID.eq(workOrderId))) {
            throw new NotFoundException("work order", workOrderId);
        }
        if (visitId.isPresent() && !tx.fetchExists(VISIT,
                VISIT.ID.eq(visitId.getAsLong()).and(VISIT.WORK_ORDER_ID.eq(workOrderId)))) {
            throw new ValidationException("visitId",
                    "Visit " + visitId.getAsLong() + " is not a visit of work order " + workOrderId);
        }
    }
}

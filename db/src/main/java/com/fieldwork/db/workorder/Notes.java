package com.fieldwork.db.workorder;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.workorder.WorkOrderNote;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.WorkOrderNoteRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_NOTE;

/** Notes on a work order. */
final class Notes {

    private Notes() {
    }

    static WorkOrderNote add(DSLContext tx, long workOrderId, String body, boolean internal, Actor actor, Instant now) {
        WorkOrderNoteRecord row = tx.newRecord(WORK_ORDER_NOTE)
                .setWorkOrderId(workOrderId)
                .setAuthorId(actor.userId())
                .setBody(body)
                .setInternal(internal)
                .setCreatedAt(now);
        row.store();
        AuditTrail.record(tx, actor, now, "work_order_note", row.getId(), ChangeOperation.INSERT, "add note",
                null, row, null);
        return new WorkOrderNote(row.getId(), workOrderId, actor.userId(), actor.displayName(), body, internal, now);
    }

    static List<WorkOrderNote> of(DSLContext dsl, long workOrderId) {
        var n = WORK_ORDER_NOTE;
        return dsl.select(n.ID, n.WORK_ORDER_ID, n.AUTHOR_ID, APP_USER.DISPLAY_NAME, n.BODY, n.INTERNAL, n.CREATED_AT)
                .from(n)
                .join(APP_USER).on(APP_USER.ID.eq(n.AUTHOR_ID))
                .where(n.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(n.CREATED_AT, n.ID)
                .fetch(r -> new WorkOrderNote(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }
}

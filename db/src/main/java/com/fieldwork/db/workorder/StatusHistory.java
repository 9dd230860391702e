package com.fieldwork.db.workorder;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.StatusHistoryEntry;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.support.RenderedStatement;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_STATUS_HISTORY;

/** The work_order_status_history table: appended with every status change, in the same transaction. */
final class StatusHistory {

    private static final com.fieldwork.db.jooq.tables.WorkOrderStatusHistory H = WORK_ORDER_STATUS_HISTORY;

    private static final RenderedStatement APPEND = RenderedStatement.insert(H, H.WORK_ORDER_ID, H.FROM_STATUS,
            H.TO_STATUS, H.CHANGED_BY, H.CHANGED_AT, H.REASON, H.LAT, H.LON);

    private StatusHistory() {
    }

    static void append(DSLContext tx, long workOrderId, WorkOrderStatus from, StatusChange change, Actor actor, Instant at) {
        APPEND.execute(tx, workOrderId, from == null ? null : from.name(), change.target().name(), actor.userId(), at,
                change.reason().orElse(null), change.position().map(GeoPoint::lat).orElse(null),
                change.position().map(GeoPoint::lon).orElse(null));
    }

    static List<StatusHistoryEntry> of(DSLContext dsl, long workOrderId) {
        return dsl.select(H.fields())
                .select(APP_USER.DISPLAY_NAME)
                .from(H)
                .join(APP_USER).on(APP_USER.ID.eq(H.CHANGED_BY))
                .where(H.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(H.CHANGED_AT, H.ID)
                .fetch(row -> new StatusHistoryEntry(
                        row.get(H.ID),
                        Optional.ofNullable(row.get(H.FROM_STATUS)).map(WorkOrderStatus::valueOf),
                        WorkOrderStatus.valueOf(row.get(H.TO_STATUS)),
                        row.get(H.CHANGED_BY),
                        row.get(APP_USER.DISPLAY_NAME),
                        row.get(H.CHANGED_AT),
                        Optional.ofNullable(row.get(H.REASON)),
                        row.get(H.LAT) == null || row.get(H.LON) == null ? Optional.empty()
                                : Optional.of(new GeoPoint(row.get(H.LAT), row.get(H.LON)))));
    }
}

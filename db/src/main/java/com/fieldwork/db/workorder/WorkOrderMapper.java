package com.fieldwork.db.workorder;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.sla.SlaDue;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.jooq.tables.AppUser;
import org.jooq.Record;

import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.support.Optionals.ofLong;

/** Rows of work_order (joined with who created and updated it) to domain records. */
final class WorkOrderMapper {

    static final AppUser CREATOR = APP_USER.as("creator");
    static final AppUser UPDATER = APP_USER.as("updater");

    private WorkOrderMapper() {
    }

    static WorkOrder toWorkOrder(Record row, List<RequiredSkill> skills, List<PartQuantity> parts) {
        var w = WORK_ORDER;
        Optional<SlaDue> due = row.get(w.RESPONSE_DUE_AT) == null || row.get(w.RESOLUTION_DUE_AT) == null
                ? Optional.empty()
                : Optional.of(new SlaDue(row.get(w.RESPONSE_DUE_AT), row.get(w.RESOLUTION_DUE_AT)));
        Optional<TimeSlot> window = row.get(w.WINDOW_START) == null || row.get(w.WINDOW_END) == null
                ? Optional.empty()
                : Optional.of(new TimeSlot(row.get(w.WINDOW_START), row.get(w.WINDOW_END)));
        return new WorkOrder(
                row.get(w.ID),
                WorkOrderNumber.parse(row.get(w.NUMBER)),
                row.get(w.CUSTOMER_ID),
                row.get(w.SITE_ID),
                ofLong(row.get(w.ASSET_ID)),
                row.get(w.SERVICE_TYPE_ID),
                ofLong(row.get(w.TEMPLATE_ID)),
                row.get(w.BRANCH_ID),
                Priority.valueOf(row.get(w.PRIORITY)),
                WorkOrderStatus.valueOf(row.get(w.STATUS)),
                row.get(w.SUMMARY),
                Optional.ofNullable(row.get(w.DESCRIPTION)),
                row.get(w.ESTIMATED_MINUTES),
                WorkOrderSource.valueOf(row.get(w.SOURCE)),
                Optional.ofNullable(row.get(w.EXTERNAL_REF)),
                due,
                window,
                Optional.ofNullable(row.get(w.RESPONDED_AT)),
                Optional.ofNullable(row.get(w.COMPLETED_AT)),
                Optional.ofNullable(row.get(w.CLOSED_AT)),
                skills,
                parts,
                row.get(w.VERSION),
                new WorkOrder.Stamp(row.get(w.CREATED_BY), row.get(CREATOR.DISPLAY_NAME), row.get(w.CREATED_AT)),
                new WorkOrder.Stamp(row.get(w.UPDATED_BY), row.get(UPDATER.DISPLAY_NAME), row.get(w.UPDATED_AT)));
    }
}

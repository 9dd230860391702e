package com.fieldwork.api.jobs;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderLifecycle;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.OffsetDateTime;
import java.util.List;

/** The job after a status change: the new version to quote next time, and where the caller may go from here. */
public record StatusChangeResponse(long workOrderId, String status, long version, OffsetDateTime updatedAt,
                                   List<String> allowedStatuses) {

    static StatusChangeResponse of(WorkOrder w, Actor actor, CompanyTime time) {
        return new StatusChangeResponse(w.id(), w.status().name(), w.version(), time.of(w.updated().at()),
                allowedNext(w.status(), actor));
    }

    static List<String> allowedNext(WorkOrderStatus from, Actor actor) {
        return WorkOrderLifecycle.allowedTargets(from, actor.role()).stream().map(Enum::name).toList();
    }
}

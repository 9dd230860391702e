package com.fieldwork.db.demo;

import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.jooq.tables.records.WorkOrderStatusHistoryRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The status history of one generated work order. Each step is at least a minute after the one
 * before, so the history reads in order by time as well as by id, whatever the random offsets were.
 * Ids are left to the identity column: nothing refers to a history row.
 */
final class StatusSteps {

    private final long workOrderId;
    private final List<WorkOrderStatusHistoryRecord> sink;
    private WorkOrderStatus current;
    private Instant last;
    private long lastActor;

    StatusSteps(long workOrderId, List<WorkOrderStatusHistoryRecord> sink) {
        this.workOrderId = workOrderId;
        this.sink = sink;
    }

    void add(WorkOrderStatus to, Instant at, long actor) {
        Instant when = last == null || at.isAfter(last) ? at : last.plus(Duration.ofMinutes(1));
        sink.add(new WorkOrderStatusHistoryRecord().setWorkOrderId(workOrderId)
                .setFromStatus(current == null ? null : current.name()).setToStatus(to.name())
                .setChangedBy(actor).setChangedAt(when).setReason(null).setLat(null).setLon(null));
        current = to;
        last = when;
        lastActor = actor;
    }

    Instant last() {
        return last;
    }

    long lastActor() {
        return lastActor;
    }
}

package com.fieldwork.core.dispatch.board;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.workorder.WorkOrder;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One card on the dispatch board: a work order with the visit it is shown for (a block on a technician's row),
 * or without a scheduled visit (a line in the unassigned queue), and the engine's view of it.
 *
 * @param visit the visit this card stands for; empty for a queued work order that has no visit yet
 * @param job   the engine's job; for a work order without a visit its {@code visitId} is
 *              {@link #queuedVisitId(long)}, so the engine can place it without a stored visit
 */
public record BoardJob(WorkOrder order, Optional<Visit> visit, String siteName, DispatchJob job) {

    public BoardJob {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(job, "job");
    }

    /** The engine's stand-in visit id for a work order that has no visit yet: negative, never a stored id. */
    public static long queuedVisitId(long workOrderId) {
        return -workOrderId;
    }

    /** True when this card is a block on a technician's row rather than a line in the queue. */
    public boolean scheduled() {
        return visit.isPresent() && visit.get().technicianId().isPresent() && visit.get().planned().isPresent();
    }

    public OptionalLong technicianId() {
        return visit.map(Visit::technicianId).orElse(OptionalLong.empty());
    }

    public Optional<TimeSlot> planned() {
        return visit.flatMap(Visit::planned);
    }

    /** The board's key: the stored visit id, or the stand-in of a queued work order. */
    public long key() {
        return job.visitId();
    }
}

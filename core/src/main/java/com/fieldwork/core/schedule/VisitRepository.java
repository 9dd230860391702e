package com.fieldwork.core.schedule;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.TimeSlot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where visits are kept. Every write is audited and appears on the change feed. */
public interface VisitRepository {

    default Visit create(NewVisit visit, Actor actor) {
        return create(visit, actor, null);
    }

    /** @param reason why it was planned so (e.g. the conflicts a dispatcher overrode); recorded in the audit log */
    Visit create(NewVisit visit, Actor actor, String reason);

    Optional<Visit> find(long id);

    List<Visit> forWorkOrder(long workOrderId);

    /** The technician's visits whose planned time overlaps {@code range}, in start order. */
    List<Visit> forTechnician(long technicianId, TimeSlot range);

    /** True when the technician has a live (not cancelled) visit on the work order: "their own job". */
    boolean isAssigned(long workOrderId, long technicianId);

    /**
     * Reassigns and/or reschedules, only if nobody changed the visit since {@code expectedVersion}.
     *
     * @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when
     */
    Visit replan(long id, long expectedVersion, VisitPlan plan, Actor actor, String reason);

    Visit recordActualTimes(long id, long expectedVersion, Optional<Instant> start, Optional<Instant> end,
                            VisitStatus status, Actor actor);
}

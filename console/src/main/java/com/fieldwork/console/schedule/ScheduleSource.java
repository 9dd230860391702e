package com.fieldwork.console.schedule;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.field.TechnicianPosition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the map and the calendar read and write, in their terms. Every method may touch the database:
 * call it through the {@link com.fieldwork.console.task.TaskExecutor}, never on the FX thread.
 * {@link PortScheduleSource} answers it from core's ports; view-model tests pass a fake.
 */
public interface ScheduleSource {

    /** The company's zone: "today", working hours and the clock times on screen. */
    ZoneId zone();

    /** Active technicians of every branch, by branch then name. */
    List<TechnicianSummary> technicians();

    /** The visits of these technicians whose planned time overlaps {@code range}, in start order. */
    List<ScheduledVisit> visits(Collection<Long> technicianIds, TimeSlot range);

    /** One visit as it is now; empty when it is gone or has no site position. */
    Optional<ScheduledVisit> visit(long visitId);

    /** Each technician's latest ping since {@code since}. */
    List<TechnicianPosition> positions(Instant since);

    /** Rules and plan for conflict checks of moves among these technicians' visits in {@code range}. */
    DispatchContext dispatchContext(Collection<Long> technicianIds, TimeSlot range);

    /**
     * Moves the visit (same technician or another) to {@code slot}, only if it is still at {@code expectedVersion};
     * audited with {@code reason} and on the change feed.
     *
     * @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when
     */
    ScheduledVisit reschedule(ScheduledVisit visit, long technicianId, TimeSlot slot, Actor actor, String reason);
}

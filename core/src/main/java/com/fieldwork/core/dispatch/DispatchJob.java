package com.fieldwork.core.dispatch;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.sla.SlaDue;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderNumber;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One visit as the dispatch engine sees it: where, how long, what it needs and by when. Built by
 * {@link DispatchJobs} from a work order and its visit; independent of any repository.
 *
 * @param pinned in progress or locked by the dispatcher: planners must not move it
 */
public record DispatchJob(long visitId, long workOrderId, WorkOrderNumber number, GeoPoint location,
                          Duration duration, List<NeededSkill> skills, List<NeededPart> parts,
                          Optional<TimeSlot> customerWindow, Priority priority, Optional<SlaDue> slaDue,
                          boolean pinned) {

    public DispatchJob {
        Objects.requireNonNull(number, "number");
        if (location == null) {
            throw new ValidationException("location", number + " has no location: give its site coordinates "
                    + "before dispatching it");
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new ValidationException("duration", number + " needs a positive estimated duration, got "
                    + (duration == null ? "none" : duration.toMinutes() + " min"));
        }
        skills = List.copyOf(skills);
        parts = List.copyOf(parts);
        Objects.requireNonNull(customerWindow, "customerWindow");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(slaDue, "slaDue");
    }
}

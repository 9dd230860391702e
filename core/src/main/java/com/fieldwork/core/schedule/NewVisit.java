package com.fieldwork.core.schedule;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A trip to plan: a work order, maybe already a technician and a time. */
public record NewVisit(long workOrderId, OptionalLong technicianId, Optional<TimeSlot> planned, boolean pinned) {

    public NewVisit {
        if (workOrderId <= 0) {
            throw new ValidationException("workOrderId", "workOrderId must be a positive id, got " + workOrderId);
        }
        Objects.requireNonNull(technicianId, "technicianId");
        Objects.requireNonNull(planned, "planned");
        if (technicianId.isPresent() && planned.isEmpty()) {
            throw new ValidationException("planned", "A visit given to a technician needs a planned time");
        }
    }
}

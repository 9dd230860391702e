package com.fieldwork.core.schedule;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Who does a visit and when: what a drag on the dispatch board changes. */
public record VisitPlan(OptionalLong technicianId, Optional<TimeSlot> planned, boolean pinned) {

    public VisitPlan {
        Objects.requireNonNull(technicianId, "technicianId");
        Objects.requireNonNull(planned, "planned");
        if (technicianId.isPresent() && planned.isEmpty()) {
            throw new ValidationException("planned", "A visit given to a technician needs a planned time");
        }
    }
}

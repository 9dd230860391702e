package com.fieldwork.core.schedule;

import com.fieldwork.core.common.TimeSlot;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** One trip of one technician to do (part of) a work order. */
public record Visit(long id, long workOrderId, OptionalLong technicianId, VisitStatus status, Optional<TimeSlot> planned,
                    Optional<Instant> actualStart, Optional<Instant> actualEnd, boolean pinned, long version,
                    Instant updatedAt) {

    public Visit {
        Objects.requireNonNull(technicianId, "technicianId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actualStart, "actualStart");
        Objects.requireNonNull(actualEnd, "actualEnd");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}

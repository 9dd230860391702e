package com.fieldwork.core.sla;

import com.fieldwork.core.common.ValidationException;

import java.time.Instant;
import java.util.Objects;

/** When a job must be responded to (technician on the way) and resolved, under its SLA. */
public record SlaDue(Instant responseDue, Instant resolutionDue) {

    public SlaDue {
        Objects.requireNonNull(responseDue, "responseDue");
        Objects.requireNonNull(resolutionDue, "resolutionDue");
        if (resolutionDue.isBefore(responseDue)) {
            throw new ValidationException("resolutionDue", "Resolution cannot be due before the response");
        }
    }
}

package com.fieldwork.core.dispatch.conflict;

import java.time.Instant;
import java.util.Objects;

/** A proposed drag: this visit, to this technician, starting then (its length unchanged). */
public record Move(long visitId, long technicianId, Instant start) {

    public Move {
        Objects.requireNonNull(start, "start");
    }
}

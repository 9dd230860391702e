package com.fieldwork.core.field;

import com.fieldwork.core.common.GeoPoint;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/** Where a technician was last seen, for the dispatcher's map. */
public record TechnicianPosition(long technicianId, Instant recordedAt, GeoPoint position, OptionalDouble accuracyM) {

    public TechnicianPosition {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(accuracyM, "accuracyM");
    }
}

package com.fieldwork.api.jobs;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The body of {@code POST /api/v1/jobs/{id}/status}.
 *
 * @param to      the status to move to
 * @param version the work order version the phone last read; a stale one is a 409
 * @param at      when it happened on the phone, with its offset; the server's time when absent (Jackson
 *                refuses a time without offset, so a phone cannot send an ambiguous local time)
 * @param lat     where the phone was, with {@code lon}: both or neither
 * @param note    why, e.g. "customer not home"; stored as the history entry's reason
 */
public record StatusChangeRequest(WorkOrderStatus to, Long version, OffsetDateTime at, Double lat, Double lon,
                                  String note) {

    public StatusChangeRequest {
        if (to == null) {
            throw new ValidationException("to", "The status to move to is required");
        }
        if (version == null) {
            throw new ValidationException("version", "The work order version the phone last read is required");
        }
        if ((lat == null) != (lon == null)) {
            throw new ValidationException(lat == null ? "lat" : "lon", "A position needs both lat and lon");
        }
    }

    /**
     * GeoPoint checks the ranges and names {@code lat} or {@code lon}; StatusChange checks the note's length
     * but calls it {@code reason}, so the error is renamed to the field the phone sent.
     */
    StatusChange toChange() {
        Optional<GeoPoint> position = lat == null ? Optional.empty() : Optional.of(new GeoPoint(lat, lon));
        try {
            return new StatusChange(to, Optional.ofNullable(note).filter(n -> !n.isBlank()), position,
                    Optional.ofNullable(at).map(OffsetDateTime::toInstant));
        } catch (ValidationException e) {
            throw "reason".equals(e.field()) ? new ValidationException("note", e.getMessage()) : e;
        }
    }
}

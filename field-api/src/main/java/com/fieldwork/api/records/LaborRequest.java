package com.fieldwork.api.records;

import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.NewLaborEntry;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Labor once the phone's timer stopped. Times carry their offset (Jackson refuses one without), so a phone in
 * another time zone than the server still means the instant it says.
 *
 * @param billable true when absent: most time on a job is billed
 */
public record LaborRequest(UUID clientId, OffsetDateTime start, OffsetDateTime end, Long visitId, Boolean billable,
                           String note) {

    NewLaborEntry toEntry(long workOrderId) {
        required(clientId, "clientId");
        required(start, "start");
        required(end, "end");
        if (!end.isAfter(start)) {
            throw new ValidationException("end", "Labor must end after it starts: start " + start + ", end " + end);
        }
        return new NewLaborEntry(clientId, workOrderId, visitId == null ? OptionalLong.empty() : OptionalLong.of(visitId),
                start.toInstant(), end.toInstant(), billable == null || billable, Optional.ofNullable(note));
    }

    static void required(Object value, String field) {
        if (value == null) {
            throw new ValidationException(field, field + " is required");
        }
    }
}

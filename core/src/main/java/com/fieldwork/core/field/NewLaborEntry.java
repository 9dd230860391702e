package com.fieldwork.core.field;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Time a technician worked on a job, sent once the timer on the phone stopped (a running timer stays on
 * the phone: labor_entry.ended_at is required).
 */
public record NewLaborEntry(UUID clientId, long workOrderId, OptionalLong visitId, Instant startedAt, Instant endedAt,
                            boolean billable, Optional<String> note) {

    /** One entry longer than a day is a timer someone forgot to stop. */
    public static final Duration MAX_LENGTH = Duration.ofHours(24);

    public NewLaborEntry {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        if (!endedAt.isAfter(startedAt)) {
            throw new ValidationException("endedAt",
                    "Labor must end after it starts: started " + startedAt + ", ended " + endedAt);
        }
        if (Duration.between(startedAt, endedAt).compareTo(MAX_LENGTH) > 0) {
            throw new ValidationException("endedAt", "One labor entry may last at most 24 hours, got "
                    + Duration.between(startedAt, endedAt).toHours() + " hours");
        }
        note = Text.optional("note", note, 1000);
    }
}

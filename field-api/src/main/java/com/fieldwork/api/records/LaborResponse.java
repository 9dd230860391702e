package com.fieldwork.api.records;

import com.fieldwork.core.field.LaborEntry;

import java.time.Instant;
import java.util.UUID;

public record LaborResponse(long id, UUID clientId, long workOrderId, Long visitId, long technicianId, Instant start,
                            Instant end, boolean billable, String note) {

    static LaborResponse of(LaborEntry e) {
        return new LaborResponse(e.id(), e.clientId().orElse(null), e.workOrderId(),
                e.visitId().isPresent() ? e.visitId().getAsLong() : null, e.technicianId(), e.startedAt(), e.endedAt(),
                e.billable(), e.note().orElse(null));
    }
}

package com.fieldwork.core.field;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

public record LaborEntry(long id, long workOrderId, OptionalLong visitId, long technicianId, Instant startedAt,
                         Instant endedAt, boolean billable, Optional<String> note, Optional<UUID> clientId) {

    public LaborEntry {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(clientId, "clientId");
    }
}

package com.fieldwork.core.technician;

import com.fieldwork.core.common.TimeSlot;

import java.util.Objects;
import java.util.Optional;

/** Time a technician cannot be given work: holiday, training, sickness. */
public record Absence(long id, long technicianId, AbsenceKind kind, TimeSlot period, Optional<String> note) {

    public Absence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(note, "note");
    }
}

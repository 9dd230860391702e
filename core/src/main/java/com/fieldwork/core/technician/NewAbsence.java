package com.fieldwork.core.technician;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.TimeSlot;

import java.util.Objects;
import java.util.Optional;

/** An absence to record; the period's end must be after its start (see {@link TimeSlot}). */
public record NewAbsence(AbsenceKind kind, TimeSlot period, Optional<String> note) {

    public NewAbsence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        note = Text.optional("note", note, 500);
    }
}

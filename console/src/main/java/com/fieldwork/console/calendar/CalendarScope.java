package com.fieldwork.console.calendar;

import java.util.List;
import java.util.Objects;

/** Whose visits the calendar shows: one technician, or a team (a branch's technicians). */
public record CalendarScope(String label, List<Long> technicianIds, boolean team) {

    public CalendarScope {
        Objects.requireNonNull(label, "label");
        technicianIds = List.copyOf(technicianIds);
    }

    public boolean includes(long technicianId) {
        return technicianIds.contains(technicianId);
    }

    @Override
    public String toString() {
        return label;
    }
}

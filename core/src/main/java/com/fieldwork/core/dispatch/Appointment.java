package com.fieldwork.core.dispatch;

import com.fieldwork.core.common.TimeSlot;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A job placed in a technician's day: the unit conflicts are checked on. */
public record Appointment(DispatchJob job, long technicianId, TimeSlot slot) {

    /** A technician's day in driving order: by start, ties by visit id so the order is total. */
    public static final Comparator<Appointment> BY_START =
            Comparator.comparing((Appointment a) -> a.slot().start()).thenComparingLong(Appointment::visitId);

    public Appointment {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(slot, "slot");
    }

    public static Appointment of(DispatchJob job, long technicianId, Instant start) {
        return new Appointment(job, technicianId, TimeSlot.of(start, job.duration()));
    }

    public long visitId() {
        return job.visitId();
    }

    public Instant start() {
        return slot.start();
    }

    public Instant end() {
        return slot.end();
    }

    /** The same job, just as long, somewhere else: what a drag on the board proposes. */
    public Appointment movedTo(long otherTechnicianId, Instant newStart) {
        return new Appointment(job, otherTechnicianId, TimeSlot.of(newStart, slot.duration()));
    }
}

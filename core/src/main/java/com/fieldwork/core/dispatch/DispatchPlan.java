package com.fieldwork.core.dispatch;

import com.fieldwork.core.common.ValidationException;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who does which visit when: every planned appointment, indexed per technician by start. Mutable and
 * not thread-safe: one per board or planning run.
 */
public final class DispatchPlan {

    private final Map<Long, Appointment> byVisit = new HashMap<>();
    private final Map<Long, TechnicianTimeline> byTechnician = new HashMap<>();

    public DispatchPlan(Collection<Appointment> appointments) {
        appointments.forEach(this::place);
    }

    /** Puts a visit in a technician's day, replacing where it was before. */
    public void place(Appointment appointment) {
        Appointment old = byVisit.put(appointment.visitId(), appointment);
        if (old != null) {
            timeline(old.technicianId()).remove(old);
        }
        byTechnician.computeIfAbsent(appointment.technicianId(), id -> new TechnicianTimeline()).add(appointment);
    }

    public Optional<Appointment> find(long visitId) {
        return Optional.ofNullable(byVisit.get(visitId));
    }

    /** @throws ValidationException when the visit is not in this plan */
    public Appointment get(long visitId) {
        return find(visitId).orElseThrow(() -> new ValidationException("visitId",
                "Visit #" + visitId + " is not planned on this board"));
    }

    /** The technician's day; empty for a technician with nothing planned. */
    public TechnicianTimeline timeline(long technicianId) {
        TechnicianTimeline timeline = byTechnician.get(technicianId);
        return timeline != null ? timeline : new TechnicianTimeline();
    }

    public Collection<Appointment> all() {
        return byVisit.values();
    }

    public List<Appointment> snapshot() {
        return List.copyOf(byVisit.values());
    }
}

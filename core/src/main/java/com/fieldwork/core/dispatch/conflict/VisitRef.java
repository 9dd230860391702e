package com.fieldwork.core.dispatch.conflict;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.workorder.WorkOrderNumber;

import java.util.Objects;

/** Which visit a conflict is about, where it was planned at the time: enough to explain and to find it. */
public record VisitRef(long visitId, long technicianId, WorkOrderNumber number, TimeSlot slot) {

    public VisitRef {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(slot, "slot");
    }

    public static VisitRef of(Appointment appointment) {
        return new VisitRef(appointment.visitId(), appointment.technicianId(), appointment.job().number(),
                appointment.slot());
    }
}

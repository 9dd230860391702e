package com.fieldwork.console.schedule;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One visit as the map and the calendar show it: the trip, its work order's number, status and priority,
 * and where the site is. {@code version} is the visit's, what a reschedule must quote back.
 */
public record ScheduledVisit(long visitId, long version, long workOrderId, String number, String summary,
                             String siteName, GeoPoint location, WorkOrderStatus status, Priority priority,
                             OptionalLong technicianId, Optional<TimeSlot> planned, boolean pinned) {

    public ScheduledVisit {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(technicianId, "technicianId");
        Objects.requireNonNull(planned, "planned");
    }

    /** Done with or no longer wanted: nothing a dispatcher still plans around. */
    public boolean finished() {
        return switch (status) {
            case COMPLETED, CLOSED, CANCELLED -> true;
            default -> false;
        };
    }

    public boolean assignedTo(long technicianId) {
        return this.technicianId.isPresent() && this.technicianId.getAsLong() == technicianId;
    }
}

package com.fieldwork.core.fieldjob;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a technician's day on the phone: the visit, the job it is for and where to go.
 *
 * @param workOrderVersion the work order's version, which a status change from the phone must quote back
 * @param visitVersion     the visit's version, which a start/finish from the phone must quote back
 * @param resolutionDue    when the SLA wants the job resolved, if an SLA applies
 */
public record VisitSummary(long visitId, VisitStatus visitStatus, Optional<TimeSlot> planned,
                           Optional<Instant> actualStart, Optional<Instant> actualEnd, long visitVersion,
                           long workOrderId, WorkOrderNumber number, String summary, Optional<String> description,
                           Priority priority, WorkOrderStatus workOrderStatus, Optional<Instant> resolutionDue,
                           long workOrderVersion, String customerName, String siteName, Address address,
                           GeoPoint location) {

    public VisitSummary {
        Objects.requireNonNull(visitStatus, "visitStatus");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actualStart, "actualStart");
        Objects.requireNonNull(actualEnd, "actualEnd");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(workOrderStatus, "workOrderStatus");
        Objects.requireNonNull(resolutionDue, "resolutionDue");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(location, "location");
    }
}

package com.fieldwork.api.jobs;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.fieldjob.VisitSummary;

import java.time.OffsetDateTime;

/**
 * One line of a technician's day. The two versions are what the phone must quote back: the work order's
 * for a status change, the visit's for start/finish times.
 */
public record VisitResponse(long visitId, String visitStatus, OffsetDateTime plannedStart, OffsetDateTime plannedEnd,
                            OffsetDateTime actualStart, OffsetDateTime actualEnd, long visitVersion,
                            long workOrderId, String number, String summary, String description, String priority,
                            String status, OffsetDateTime resolutionDue, long workOrderVersion,
                            String customerName, String siteName, Address address, double lat, double lon) {

    static VisitResponse of(VisitSummary v, CompanyTime time) {
        return new VisitResponse(v.visitId(), v.visitStatus().name(),
                time.of(v.planned().map(TimeSlot::start)), time.of(v.planned().map(TimeSlot::end)),
                time.of(v.actualStart()), time.of(v.actualEnd()), v.visitVersion(),
                v.workOrderId(), v.number().toString(), v.summary(), v.description().orElse(null),
                v.priority().name(), v.workOrderStatus().name(), time.of(v.resolutionDue()), v.workOrderVersion(),
                v.customerName(), v.siteName(), v.address(), v.location().lat(), v.location().lon());
    }
}

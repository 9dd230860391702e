package com.fieldwork.api.intake;

import com.fieldwork.core.sla.SlaDue;
import com.fieldwork.core.workorder.WorkOrder;

import java.time.Instant;

/** What an intake caller needs to track its request: our id and number, and when the SLA falls due. */
public record IntakeResponse(long id, String number, String status, String externalRef, Instant slaResponseDue,
                             Instant slaResolutionDue, long customerId, long siteId) {

    static IntakeResponse of(WorkOrder order) {
        return new IntakeResponse(order.id(), order.number().toString(), order.status().name(),
                order.externalRef().orElse(null),
                order.slaDue().map(SlaDue::responseDue).orElse(null),
                order.slaDue().map(SlaDue::resolutionDue).orElse(null),
                order.customerId(), order.siteId());
    }
}

package com.fieldwork.api.records;

import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.inventory.PartReturn;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Unused parts of this job going back into the technician's van.
 *
 * @param clientId the phone's key for this return: a resend with it returns nothing more; a fresh one when absent
 */
public record PartsReturnRequest(Long partId, BigDecimal quantity, UUID clientId) {

    PartReturn toReturn() {
        if (partId == null) {
            throw new ValidationException("partId", "partId is required");
        }
        return new PartReturn(partId, quantity, clientId != null ? clientId : UUID.randomUUID());
    }
}

package com.fieldwork.api.records;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Parts taken from the technician's van for this job, by catalogue id or SKU (the phone scans the SKU).
 *
 * @param clientId accepted for the sync protocol; not yet an idempotency key (see PartsController)
 */
public record PartsUsedRequest(Long partId, String sku, BigDecimal quantity, UUID clientId) {

    void check() {
        if ((partId == null) == (sku == null || sku.isBlank())) {
            throw new ValidationException("partId", "Send either partId or sku");
        }
        LaborRequest.required(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new ValidationException("quantity", "The quantity used must be more than zero, got "
                    + quantity.toPlainString());
        }
    }
}

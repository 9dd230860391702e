package com.fieldwork.api.records;

import com.fieldwork.core.inventory.PartUse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Parts taken from the technician's van for this job, by catalogue id or SKU (the phone scans the SKU).
 *
 * @param clientId the phone's key for this use: a resend with it uses nothing more; a fresh one when absent
 */
public record PartsUsedRequest(Long partId, String sku, BigDecimal quantity, UUID clientId) {

    /** As a use keyed by {@code clientId}, or by {@code fallbackId} when the phone sent none. */
    public PartUse toUse(UUID fallbackId) {
        return new PartUse(partId == null ? OptionalLong.empty() : OptionalLong.of(partId), Optional.ofNullable(sku),
                quantity, clientId != null ? clientId : fallbackId);
    }

    PartUse toUse() {
        return toUse(UUID.randomUUID());
    }
}

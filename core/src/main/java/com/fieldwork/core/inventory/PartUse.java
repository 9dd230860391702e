package com.fieldwork.core.inventory;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Parts a technician took from their van for a job, named by catalogue id or SKU (the phone scans the SKU).
 *
 * @param clientId made on the phone; the movement's idempotency key, so a resend uses nothing more
 */
public record PartUse(OptionalLong partId, Optional<String> sku, BigDecimal quantity, UUID clientId) {

    public PartUse {
        Objects.requireNonNull(partId, "partId");
        sku = sku.map(String::strip).filter(s -> !s.isEmpty());
        if (partId.isPresent() == sku.isPresent()) {
            throw new ValidationException("partId", "Send either partId or sku");
        }
        if (quantity == null) {
            throw new ValidationException("quantity", "quantity is required");
        }
        if (quantity.signum() <= 0) {
            throw new ValidationException("quantity", "The quantity used must be more than zero, got "
                    + quantity.toPlainString());
        }
        Objects.requireNonNull(clientId, "clientId");
    }
}

package com.fieldwork.core.inventory;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * Unused parts a technician brings back from a job into their van.
 *
 * @param clientId made on the phone; the movement's idempotency key, so a resend returns nothing more
 */
public record PartReturn(long partId, BigDecimal quantity, UUID clientId) {

    public PartReturn {
        if (quantity == null) {
            throw new ValidationException("quantity", "quantity is required");
        }
        if (quantity.signum() <= 0) {
            throw new ValidationException("quantity", "The quantity returned must be more than zero, got "
                    + quantity.toPlainString());
        }
        Objects.requireNonNull(clientId, "clientId");
    }
}

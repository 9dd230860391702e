package com.fieldwork.core.inventory;

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
        quantity = StockQuantity.positive("quantity", quantity);
        Objects.requireNonNull(clientId, "clientId");
    }
}

package com.fieldwork.core.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A recorded payment. */
public record Payment(long id, long invoiceId, BigDecimal amount, PaymentMethod method, Optional<String> reference,
                      Instant receivedAt, long recordedBy, Instant recordedAt) {

    public Payment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}

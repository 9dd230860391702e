package com.fieldwork.core.billing;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment to record. A payment-link payment carries the payment provider's reference, since that is
 * the only way to find it again at the provider.
 */
public record NewPayment(long invoiceId, BigDecimal amount, PaymentMethod method, Optional<String> reference,
                         Instant receivedAt) {

    public NewPayment {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new ValidationException("amount", "A payment must be more than zero, got " + amount.toPlainString());
        }
        amount = BillingMath.money("amount", amount);
        Objects.requireNonNull(method, "method");
        // payment.reference is varchar(200)
        reference = Text.optional("reference", reference, 200);
        if (method == PaymentMethod.PAYMENT_LINK && reference.isEmpty()) {
            throw new ValidationException("reference", "A payment-link payment needs the provider's reference");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}

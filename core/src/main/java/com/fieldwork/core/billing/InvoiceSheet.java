package com.fieldwork.core.billing;

import java.util.Objects;
import java.util.Optional;

/** An invoice as printed: the invoice, who it is from and to, and the payment link when one applies. */
public record InvoiceSheet(Invoice invoice, InvoiceParties parties, Optional<String> paymentLink) {

    public InvoiceSheet {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(paymentLink, "paymentLink");
    }
}

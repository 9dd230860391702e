package com.fieldwork.core.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A stored invoice or credit note with its lines. Amounts of a credit note are positive: its {@link #kind()}
 * says which way the money goes.
 *
 * @param paid     the sum of payments recorded against it
 * @param credited the sum of issued credit notes that refer to it
 */
public record Invoice(long id, long branchId, long customerId, String customerName, OptionalLong workOrderId,
                      Optional<String> workOrderNumber, InvoiceKind kind, OptionalLong creditedInvoiceId,
                      Optional<String> number, InvoiceStatus status, String currency, List<InvoiceLine> lines,
                      InvoiceTotals totals, Optional<Coverage> coverage, Optional<Instant> issuedAt,
                      Optional<Instant> dueAt, Optional<String> notes, BigDecimal paid, BigDecimal credited,
                      long version, Instant createdAt, Instant updatedAt) {

    public Invoice {
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(workOrderNumber, "workOrderNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(creditedInvoiceId, "creditedInvoiceId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** What the customer still owes: total less payments and credit notes (negative: we owe them). */
    public BigDecimal outstanding() {
        return kind == InvoiceKind.CREDIT_NOTE ? BigDecimal.ZERO.setScale(2)
                : totals.total().subtract(paid).subtract(credited);
    }

    /** The number, or "draft" for one that has none yet: how messages name it. */
    public String label() {
        return (kind == InvoiceKind.CREDIT_NOTE ? "credit note " : "invoice ") + number.orElse("draft #" + id);
    }
}

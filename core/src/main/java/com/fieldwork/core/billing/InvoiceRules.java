package com.fieldwork.core.billing;

import java.math.BigDecimal;

/**
 * What may be done to an invoice in which state. The database implementation calls these on the rows it
 * has locked, inside the transaction, so the check and the change see the same invoice.
 */
public final class InvoiceRules {

    private InvoiceRules() {
    }

    /** Edit, issue or discard: only a draft. After issue the only correction is a credit note. */
    public static void requireDraft(Invoice invoice, String action) {
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new InvoiceRefusedException("Cannot " + action + " " + invoice.label() + ": it is "
                    + invoice.status().name().toLowerCase()
                    + (invoice.status() == InvoiceStatus.VOID ? "" : "; correct an issued invoice with a credit note"));
        }
    }

    /** A credit note refers to an issued (or paid) invoice and credits at most what is left of it. */
    public static void checkCredit(Invoice invoice, BigDecimal creditTotal) {
        if (invoice.kind() != InvoiceKind.INVOICE) {
            throw new InvoiceRefusedException("Cannot credit " + invoice.label() + ": only an invoice can be credited");
        }
        if (invoice.status() != InvoiceStatus.ISSUED && invoice.status() != InvoiceStatus.PAID) {
            throw new InvoiceRefusedException("Cannot credit " + invoice.label() + ": it is "
                    + invoice.status().name().toLowerCase() + "; only an issued invoice can be credited");
        }
        if (creditTotal.signum() <= 0) {
            throw new InvoiceRefusedException("A credit note must credit more than zero, got " + creditTotal.toPlainString());
        }
        BigDecimal creditable = invoice.totals().total().subtract(invoice.credited());
        if (creditTotal.compareTo(creditable) > 0) {
            throw new InvoiceRefusedException("Cannot credit " + creditTotal.toPlainString() + " " + invoice.currency()
                    + " on " + invoice.label() + ": only " + creditable.toPlainString() + " is left to credit");
        }
    }

    /** A payment goes to an issued invoice and pays at most what is outstanding. */
    public static void checkPayment(Invoice invoice, BigDecimal amount) {
        if (invoice.kind() != InvoiceKind.INVOICE) {
            throw new InvoiceRefusedException("Cannot pay " + invoice.label() + ": payments go to invoices");
        }
        switch (invoice.status()) {
            case DRAFT -> throw new InvoiceRefusedException("Cannot pay " + invoice.label()
                    + ": it has not been issued yet");
            case VOID -> throw new InvoiceRefusedException("Cannot pay " + invoice.label() + ": it was voided");
            case PAID -> throw new InvoiceRefusedException("Cannot pay " + invoice.label()
                    + ": it is already paid in full");
            case ISSUED -> { }
        }
        BigDecimal outstanding = invoice.outstanding();
        if (outstanding.signum() <= 0) {
            throw new InvoiceRefusedException("Cannot pay " + invoice.label() + ": nothing is outstanding (credited in full)");
        }
        if (amount.compareTo(outstanding) > 0) {
            throw new InvoiceRefusedException("Overpayment refused: " + amount.toPlainString() + " " + invoice.currency()
                    + " is more than the " + outstanding.toPlainString() + " outstanding on " + invoice.label());
        }
    }

    /** The status once {@code paid} and {@code credited} are known: paid when nothing is left to pay. */
    public static InvoiceStatus settledStatus(BigDecimal total, BigDecimal paid, BigDecimal credited) {
        return total.subtract(paid).subtract(credited).signum() <= 0 ? InvoiceStatus.PAID : InvoiceStatus.ISSUED;
    }
}

package com.fieldwork.core.billing;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.security.Permission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office's use cases on invoices, each behind its permission (an accountant holds them all). State rules
 * are {@link InvoiceRules}, checked by the store on the locked rows.
 */
public final class BillingService {

    private final Invoices invoices;

    public BillingService(Invoices invoices) {
        this.invoices = Objects.requireNonNull(invoices, "invoices");
    }

    public Invoice get(long id, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return invoices.find(id).orElseThrow(() -> new NotFoundException("invoice", id));
    }

    public List<Invoice> list(Optional<InvoiceStatus> status, int limit, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return invoices.list(status, limit);
    }

    public Invoice editDraft(long id, long expectedVersion, DraftEdit edit, Actor actor) {
        actor.require(Permission.INVOICE_EDIT);
        return invoices.editDraft(id, expectedVersion, edit, actor);
    }

    public Invoice issue(long id, long expectedVersion, Actor actor) {
        actor.require(Permission.INVOICE_ISSUE);
        return invoices.issue(id, expectedVersion, actor);
    }

    public void discardDraft(long id, long expectedVersion, Actor actor) {
        actor.require(Permission.INVOICE_EDIT);
        invoices.discardDraft(id, expectedVersion, actor);
    }

    public Invoice creditNote(long invoiceId, Optional<List<InvoiceLine>> lines, Optional<String> reason, Actor actor) {
        actor.require(Permission.INVOICE_ISSUE);
        return invoices.creditNote(invoiceId, lines, reason, actor);
    }

    public Payment recordPayment(NewPayment payment, Actor actor) {
        actor.require(Permission.PAYMENT_RECORD);
        return invoices.recordPayment(payment, actor);
    }

    public List<Payment> payments(long invoiceId, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return invoices.payments(invoiceId);
    }

    public List<CustomerAging> aging(Instant asOf, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return invoices.aging(asOf);
    }

    /** The accounting export of a period, as CSV text ({@link AccountingCsv}). */
    public String export(Instant from, Instant to, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return AccountingCsv.write(invoices.issuedBetween(from, to), invoices.receivedBetween(from, to));
    }

    /** Everything the printed invoice shows. */
    public InvoiceSheet sheet(long id, Actor actor) {
        Invoice invoice = get(id, actor);
        InvoiceParties parties = invoices.parties(id);
        return new InvoiceSheet(invoice, parties, parties.paymentLink().forInvoice(invoice));
    }
}
